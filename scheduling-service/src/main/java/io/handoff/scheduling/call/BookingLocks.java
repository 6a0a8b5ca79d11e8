package io.handoff.scheduling.call;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.UUID;

/**
 * Transaction-scoped advisory locks that serialise bookings where a database constraint cannot: one
 * upcoming call per invitee and event type, daily caps, and round-robin counts. The exclusion constraint
 * stays the guarantee against double booking. Order is fixed (invitee first, then hosts by ascending key)
 * so that two bookings never wait on each other in a cycle.
 */
@ApplicationScoped
public class BookingLocks {

    /** Namespace of invitee locks (the two-int key space, separate from the host locks' bigint keys). */
    private static final int INVITEE_SPACE = 0x5C4ED;

    public Uni<Void> lockInvitee(UUID workspaceId, String email, UUID eventTypeId) {
        int key = (workspaceId + "|" + email.toLowerCase() + "|" + eventTypeId).hashCode();
        return Panache.getSession().chain(session -> session
                        .createNativeQuery("select 1 from pg_advisory_xact_lock(?1, ?2)")
                        .setParameter(1, INVITEE_SPACE).setParameter(2, key).getSingleResult())
                .replaceWithVoid();
    }

    public Uni<Void> lockHosts(Collection<UUID> hostIds) {
        long[] keys = hostIds.stream().mapToLong(id -> id.getMostSignificantBits() ^ id.getLeastSignificantBits())
                .distinct().sorted().toArray();
        return Multi.createFrom().items(java.util.Arrays.stream(keys).boxed())
                .onItem().transformToUniAndConcatenate(key -> Panache.getSession().chain(session -> session
                        .createNativeQuery("select 1 from pg_advisory_xact_lock(?1)")
                        .setParameter(1, key).getSingleResult()))
                .collect().last().replaceWithVoid();
    }
}
