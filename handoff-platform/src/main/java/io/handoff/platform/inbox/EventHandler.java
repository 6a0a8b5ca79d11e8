package io.handoff.platform.inbox;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.smallrye.mutiny.Uni;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a service does with consumed events of some types (a bean per role, e.g. the contact projection). The
 * platform's {@link IncomingEvents} reads every topic a service subscribes to in batches, offers each event to the
 * handlers whose types include it, and applies it exactly once.
 */
public abstract class EventHandler {

    private final Set<EventType> types;

    /**
     * {@code types} are the event types with an effect here, decided from the envelope alone: events no handler
     * wants cost no transaction and no inbox row.
     */
    protected EventHandler(Set<EventType> types) {
        this.types = types.isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(types);
    }

    /** The effect; runs inside the transaction that records the event in the inbox, after earlier events of its batch. */
    public abstract Uni<Void> apply(CloudEvent event);

    public final Set<EventType> types() {
        return types;
    }

    public final boolean handles(CloudEvent event) {
        return EventType.ofType(event.type()).filter(types::contains).isPresent();
    }

    /** The event's type, for a switch over the handled ones (a handled event always has a known type). */
    protected static EventType typeOf(CloudEvent event) {
        return EventType.ofType(event.type()).orElseThrow();
    }
}
