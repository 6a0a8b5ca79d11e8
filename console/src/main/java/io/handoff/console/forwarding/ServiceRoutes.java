package io.handoff.console.forwarding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which service owns a public API path. The console's pages call {@code /api/v1/...} on the console's own origin, so
 * that the browser needs no CORS and the same page works locally and behind one Kubernetes Ingress; this table sends
 * each call to the service API.md names as its owner.
 */
public final class ServiceRoutes {

    public static final String API_PREFIX = "/api/v1/";

    public static final String CONTACTS = "contacts";
    public static final String SCHEDULING = "scheduling";
    public static final String OUTCOMES = "outcomes";
    public static final String DEALS = "deals";
    public static final String NOTIFICATIONS = "notifications";

    /** The services, in the order the launcher and the deployment list them. */
    public static final List<String> SERVICES = List.of(CONTACTS, SCHEDULING, OUTCOMES, DEALS, NOTIFICATIONS);

    /** A call's outcome (and its history) live in outcomes-service; every other call path is scheduling-service's. */
    private static final Pattern CALL_OUTCOME = Pattern.compile("calls/[^/]+/outcome(/.*)?");

    private static final Map<String, String> BY_FIRST_SEGMENT = Map.ofEntries(
            Map.entry("workspace", CONTACTS),
            Map.entry("workspaces", CONTACTS),
            Map.entry("users", CONTACTS),
            Map.entry("contacts", CONTACTS),
            Map.entry("appointment-setting", CONTACTS),
            Map.entry("approvals", CONTACTS),
            Map.entry("stages", CONTACTS),
            Map.entry("smart-views", CONTACTS),
            Map.entry("calls", SCHEDULING),
            Map.entry("event-types", SCHEDULING),
            Map.entry("hosts", SCHEDULING),
            Map.entry("public", SCHEDULING),
            Map.entry("outcomes", OUTCOMES),
            Map.entry("outcome-stage-mapping", OUTCOMES),
            Map.entry("analytics", OUTCOMES),
            Map.entry("deals", DEALS),
            Map.entry("products", DEALS),
            Map.entry("transactions", DEALS),
            Map.entry("transaction-sources", DEALS),
            Map.entry("webhook-endpoints", NOTIFICATIONS),
            Map.entry("deliveries", NOTIFICATIONS),
            Map.entry("reminders", NOTIFICATIONS));

    private ServiceRoutes() {
    }

    /** The owning service of a request path such as {@code /api/v1/contacts/42/card}; empty for any other path. */
    public static Optional<String> owner(String path) {
        if (path == null || !path.startsWith(API_PREFIX)) {
            return Optional.empty();
        }
        String rest = path.substring(API_PREFIX.length());
        if (CALL_OUTCOME.matcher(rest).matches()) {
            return Optional.of(OUTCOMES);
        }
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        return Optional.ofNullable(BY_FIRST_SEGMENT.get(first));
    }
}
