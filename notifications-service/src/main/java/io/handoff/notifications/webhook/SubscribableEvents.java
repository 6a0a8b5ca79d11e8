package io.handoff.notifications.webhook;

import io.handoff.events.EventType;
import io.handoff.platform.problem.FieldError;
import io.handoff.platform.problem.Problems;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which event types webhook endpoints may subscribe to (contact.*, lead.captured, call.*, outcome.recorded,
 * deal.*, named without their version suffix) and whether an endpoint's subscription covers an event.
 * Internal events (booking.requested, workspace.*, user.*) are never forwarded.
 */
public final class SubscribableEvents {

    private static final Pattern VERSION = Pattern.compile("\\.v\\d+$");
    private static final List<String> FAMILIES = List.of("contact.", "call.", "deal.");
    private static final Set<String> SINGLES = Set.of("lead.captured", "outcome.recorded");
    private static final int MAX_PATTERNS = 50;

    /** The subscribable types this platform emits today, for error messages and documentation. */
    public static final List<String> KNOWN = Arrays.stream(EventType.values())
            .map(type -> webhookType(type.type())).filter(SubscribableEvents::isSubscribable).toList();

    private SubscribableEvents() {
    }

    /** The CloudEvent type without its version: call.booked.v1 → call.booked. */
    public static String webhookType(String cloudEventType) {
        return VERSION.matcher(cloudEventType).replaceFirst("");
    }

    public static boolean isSubscribable(String webhookType) {
        return SINGLES.contains(webhookType) || FAMILIES.stream()
                .anyMatch(family -> webhookType.startsWith(family) && webhookType.length() > family.length());
    }

    /** An empty subscription means every subscribable type; patterns are exact names or "family.*". */
    public static boolean covers(List<String> patterns, String webhookType) {
        if (!isSubscribable(webhookType)) {
            return false;
        }
        return patterns.isEmpty() || patterns.stream().anyMatch(pattern -> pattern.endsWith(".*")
                ? webhookType.startsWith(pattern.substring(0, pattern.length() - 1))
                : pattern.equals(webhookType));
    }

    /** Checks and de-duplicates a subscription; a null list subscribes to everything. */
    public static List<String> requireValid(List<String> patterns) {
        if (patterns == null) {
            return List.of();
        }
        if (patterns.size() > MAX_PATTERNS) {
            throw Problems.invalid("eventTypes", "at most " + MAX_PATTERNS + " entries");
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            String pattern = patterns.get(i);
            if (pattern == null || !isValidPattern(pattern)) {
                errors.add(new FieldError("eventTypes[" + i + "]", "'" + pattern + "' is not a subscribable event "
                        + "type; use one of " + KNOWN + " or a family such as call.* (no version suffix)"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return List.copyOf(new LinkedHashSet<>(patterns));
    }

    private static boolean isValidPattern(String pattern) {
        if (pattern.endsWith(".*")) {
            String prefix = pattern.substring(0, pattern.length() - 1);
            return KNOWN.stream().anyMatch(type -> type.startsWith(prefix));
        }
        return KNOWN.contains(pattern);
    }
}
