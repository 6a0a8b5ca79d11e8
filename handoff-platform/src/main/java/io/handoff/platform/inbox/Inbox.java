package io.handoff.platform.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The processed-event log: a consumer records event ids in the same transaction as their effects, so a redelivered
 * event finds its id and has no second effect. A whole batch is recorded with one statement.
 */
@ApplicationScoped
public class Inbox {

    /** One delivery to record: which consumer (service and topic) saw which event. */
    public record Entry(String consumer, String eventId, String type) {
        String key() {
            return consumer + ' ' + eventId;
        }
    }

    /**
     * Records the entries and answers the keys ({@code consumer + ' ' + eventId}) seen here for the first time;
     * must run inside the effects' transaction. Written as a select over the insert so that Hibernate reads the
     * rows it returns.
     */
    public Uni<Set<String>> firstDeliveries(List<Entry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        StringBuilder sql = new StringBuilder("with recorded as (insert into inbox_event (consumer, event_id, type) values ");
        for (int i = 0; i < entries.size(); i++) {
            int p = i * 3;
            sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2).append(", ?")
                    .append(p + 3).append(')');
        }
        sql.append(" on conflict do nothing returning consumer, event_id) select consumer || ' ' || event_id from recorded");
        return Panache.getSession().chain(session -> {
            var query = session.<String>createNativeQuery(sql.toString());
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                query.setParameter(i * 3 + 1, entry.consumer());
                query.setParameter(i * 3 + 2, entry.eventId());
                query.setParameter(i * 3 + 3, entry.type());
            }
            return query.getResultList();
        }).map(HashSet::new);
    }
}
