package io.handoff.contacts.contact;

import io.handoff.platform.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
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

    public Uni<List<Contact>> findAllInWorkspace(UUID workspaceId, Collection<UUID> ids) {
        return list("workspaceId = ?1 and id in ?2", workspaceId, ids);
    }

    public Uni<List<Contact>> listPage(UUID workspaceId, ContactFilter filter, ContactSort sort, PageRequest page) {
        ContactQuery query = new ContactQuery(workspaceId, filter, sort, page);
        return Panache.getSession().chain(session -> {
            var native_ = session.createNativeQuery(query.sql(), Contact.class);
            query.params().forEach(native_::setParameter);
            return native_.setMaxResults(page.fetchSize()).getResultList();
        });
    }

    public Uni<Long> countInStage(UUID workspaceId, UUID stageId) {
        return count("workspaceId = ?1 and stageId = ?2", workspaceId, stageId);
    }
}
