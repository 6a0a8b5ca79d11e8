package io.handoff.scheduling.slot;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Reads hosts' live calls as busy time, only the columns slot finding needs. Bookings read a few days in
 * their transaction, after their locks; slot listings read up to a month of a team's calls straight from
 * the pool, skipping the ORM's per-row work (most of a listing's cost otherwise).
 */
@ApplicationScoped
public class BusyTimes {

    private static final String COLUMNS = "select id, host_id, blocked_from, blocked_to, start_at from call ";
    private static final String IN_SESSION = COLUMNS + "where workspace_id = :workspace and host_id in (:hosts) "
            + "and status = 'BOOKED' and start_at >= :from and start_at < :to and id <> :except";
    private static final String LISTING = COLUMNS + "where workspace_id = $1 and host_id = any($2) "
            + "and status = 'BOOKED' and start_at >= $3 and start_at < $4";
    private static final UUID NONE = new UUID(0, 0);

    @Inject
    Pool pool;

    /** Live calls of the hosts starting in [from, to), except one (the call being rescheduled); in the session. */
    public Uni<List<BusyTime>> of(UUID workspaceId, Collection<UUID> hostIds, Instant from, Instant to, UUID except) {
        if (hostIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(session -> session.<Object[]>createNativeQuery(IN_SESSION)
                        .setParameter("workspace", workspaceId).setParameter("hosts", hostIds)
                        .setParameter("from", from.atOffset(ZoneOffset.UTC)).setParameter("to", to.atOffset(ZoneOffset.UTC))
                        .setParameter("except", except == null ? NONE : except)
                        .getResultList())
                .map(rows -> {
                    List<BusyTime> busy = new ArrayList<>(rows.size());
                    for (Object[] row : rows) {
                        busy.add(new BusyTime((UUID) row[0], (UUID) row[1], instant(row[2]), instant(row[3]),
                                instant(row[4])));
                    }
                    return busy;
                });
    }

    /** Live calls of the hosts starting in [from, to), for reading only: never call it holding a session. */
    public Uni<List<BusyTime>> forListing(UUID workspaceId, Collection<UUID> hostIds, Instant from, Instant to) {
        if (hostIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery(LISTING).execute(Tuple.of(workspaceId, hostIds.toArray(UUID[]::new),
                        from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    List<BusyTime> busy = new ArrayList<>(rows.rowCount());
                    for (Row row : rows) {
                        busy.add(new BusyTime(row.getUUID(0), row.getUUID(1), row.getOffsetDateTime(2).toInstant(),
                                row.getOffsetDateTime(3).toInstant(), row.getOffsetDateTime(4).toInstant()));
                    }
                    return busy;
                });
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof LocalDateTime ldt) {
            return ldt.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
