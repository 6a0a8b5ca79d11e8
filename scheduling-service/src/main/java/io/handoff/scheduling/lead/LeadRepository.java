package io.handoff.scheduling.lead;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Leads of a workspace by email. */
@ApplicationScoped
public class LeadRepository implements PanacheRepositoryBase<Lead, UUID> {

    public Uni<Lead> findByEmail(UUID workspaceId, String email) {
        return find("workspaceId = ?1 and lower(email) = lower(?2)", workspaceId, email).firstResult();
    }
}
