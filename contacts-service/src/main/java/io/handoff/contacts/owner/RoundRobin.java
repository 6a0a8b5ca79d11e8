package io.handoff.contacts.owner;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The workspace's bulk round robin: each request continues with the user after the last one the previous
 * rotation assigned, so that leads handed out one request at a time still go to every setter in turn. The
 * position is a row of the database, locked while a request picks its users, so it survives restarts and
 * concurrent requests on any replica take their turns one after the other.
 */
@ApplicationScoped
public class RoundRobin {

    /** Creates the workspace's row the first time; a concurrent creator waits for the other's commit. */
    private static final String ENSURE = "insert into setter_rotation (workspace_id, last_user_id, updated_at) "
            + "values (?1, null, ?2) on conflict (workspace_id) do nothing";

    @Inject
    Clock clock;

    /** Runs inside the caller's transaction: the users who take {@code count} contacts, in order. */
    public Uni<List<UUID>> nextTurns(UUID workspaceId, List<UUID> userIds, int count) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ENSURE)
                        .setParameter(1, workspaceId).setParameter(2, clock.instant()).executeUpdate())
                .chain(() -> SetterRotation.find("workspaceId", workspaceId)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).<SetterRotation>firstResult())
                .map(rotation -> {
                    List<UUID> turns = turns(userIds, rotation.lastUserId, count);
                    rotation.lastUserId = turns.get(turns.size() - 1);
                    rotation.updatedAt = clock.instant();
                    return turns;
                });
    }

    /**
     * The rotation itself: users in the given order, starting after {@code last} (or with the first user when
     * the last one is not among them), one per contact.
     */
    static List<UUID> turns(List<UUID> userIds, UUID last, int count) {
        int start = last == null ? 0 : (userIds.indexOf(last) + 1) % userIds.size();
        List<UUID> turns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            turns.add(userIds.get((start + i) % userIds.size()));
        }
        return turns;
    }
}
