package io.handoff.scheduling.eventtype;

import java.util.List;
import java.util.UUID;

/** An event type as members see it, hosts included. */
public record EventTypeView(UUID id, String name, CallKind kind, int durationMinutes, Assignment assignment,
                            List<HostWeight> hosts, List<Question> questions,
                            List<DisqualificationRule> disqualificationRules, boolean requiresApprovedDiscovery,
                            boolean active, int bookingWindowDays) {

    public static EventTypeView of(EventType t, List<EventTypeHost> hosts) {
        return new EventTypeView(t.id, t.name, t.kind, t.durationMinutes, t.assignment,
                hosts.stream().map(h -> new HostWeight(h.userId, h.weight)).toList(), t.questions.items(),
                t.disqualificationRules.items(), t.requiresApprovedDiscovery, t.active, t.bookingWindowDays);
    }
}
