package io.handoff.contacts.contact;

import io.handoff.platform.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Contacts of a workspace; every query names the workspace, so other tenants' rows are never read. */
@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {

    public Uni<Contact> findInWorkspace(UUID workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResult();
    }

    public Uni<Contact> findByEmail(UUID workspaceId, String email) {
        return find("workspaceId = ?1 and lower(email) = lower(?2)", workspaceId, email).firstResult();
    }

    /** Newest first, keyset-paged on (createdAt, id). */
    public Uni<List<Contact>> listPage(UUID workspaceId, ContactFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("workspaceId = :workspace");
        Parameters params = Parameters.with("workspace", workspaceId);
        filter.appendTo(query, params);
        if (page.after() != null) {
            query.append(" and (createdAt < :afterAt or (createdAt = :afterAt and id < :afterId))");
            params.and("afterAt", page.after().instant()).and("afterId", page.after().id());
        }
        query.append(" order by createdAt desc, id desc");
        return find(query.toString(), params).range(0, page.fetchSize() - 1).list();
    }
}
