package io.handoff.notifications.contact;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Locale;
import java.util.UUID;

/** Contacts this service has heard of; every query names the workspace. */
@ApplicationScoped
public class KnownContactRepository implements PanacheRepositoryBase<KnownContact, UUID> {

    public Uni<KnownContact> findInWorkspace(UUID workspaceId, UUID id) {
        if (id == null) {
            return Uni.createFrom().nullItem();
        }
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResult();
    }

    /** Locked for the rest of the transaction: alerts and setter actions of one contact never interleave. */
    public Uni<KnownContact> findForUpdate(UUID workspaceId, UUID id) {
        if (id == null) {
            return Uni.createFrom().nullItem();
        }
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    public Uni<KnownContact> findByEmail(UUID workspaceId, String email) {
        if (email == null || email.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return find("workspaceId = ?1 and email = ?2 order by createdAt desc", workspaceId, normalise(email))
                .firstResult();
    }

    public Uni<KnownContact> lockByEmail(UUID workspaceId, String email) {
        if (email == null || email.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return find("workspaceId = ?1 and email = ?2 order by createdAt desc", workspaceId, normalise(email))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The contact by id when known, else by email (public bookings name no contact). */
    public Uni<KnownContact> findByIdOrEmail(UUID workspaceId, UUID id, String email) {
        Uni<KnownContact> byId = findInWorkspace(workspaceId, id);
        return byId.chain(found -> found != null ? Uni.createFrom().item(found) : findByEmail(workspaceId, email));
    }

    /** As {@link #findByIdOrEmail}, locked for the rest of the transaction. */
    public Uni<KnownContact> lockByIdOrEmail(UUID workspaceId, UUID id, String email) {
        Uni<KnownContact> byId = findForUpdate(workspaceId, id);
        return byId.chain(found -> found != null ? Uni.createFrom().item(found) : lockByEmail(workspaceId, email));
    }

    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
