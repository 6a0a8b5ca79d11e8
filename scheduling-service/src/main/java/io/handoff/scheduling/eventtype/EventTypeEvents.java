package io.handoff.scheduling.eventtype;

import io.handoff.events.scheduling.EventTypeSaved;

import java.util.List;

/** event-type.saved.v1 data: the whole event type, so that consumers can keep a copy without other reads. */
final class EventTypeEvents {

    private EventTypeEvents() {
    }

    static EventTypeSaved saved(EventType t, List<EventTypeHost> hosts) {
        return new EventTypeSaved(t.id, t.name, t.kind.name(), t.durationMinutes, t.assignment.name(),
                hosts.stream().map(h -> h.userId).toList(), t.bookingWindowDays, t.requiresApprovedDiscovery, t.active);
    }
}
