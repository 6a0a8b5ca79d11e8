package io.handoff.platform.inbox;

import io.handoff.events.CloudEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The processed-event log: a consumer records an event id in the same transaction as the event's effect,
 * so a redelivered event finds its id and has no second effect.
 */
@ApplicationScoped
public class Inbox {

    private static final String RECORD = "insert into inbox_event (consumer, event_id, type) values (?1, ?2, ?3) "
            + "on conflict do nothing";

    /** True the first time this consumer sees the event; must run inside the effect's transaction. */
    public Uni<Boolean> firstDelivery(String consumer, CloudEvent event) {
        return Panache.getSession().chain(session -> session.createNativeQuery(RECORD)
                        .setParameter(1, consumer)
                        .setParameter(2, event.id())
                        .setParameter(3, event.type())
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
