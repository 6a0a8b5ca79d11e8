package io.handoff.contacts.smartview;

import io.handoff.contacts.contact.ContactListParams;
import io.handoff.contacts.contact.ContactService;
import io.handoff.contacts.contact.ContactView;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Saved contact filters. A private view is visible to its owner only (others get 404); a shared one to
 * the whole workspace. Only the owner, or an admin, may change or delete it.
 */
@ApplicationScoped
public class SmartViewService {

    @Inject
    ContactService contacts;
    @Inject
    Clock clock;

    public Uni<SmartViewView> createView(UUID workspaceId, UUID ownerId, SmartViewInput input) {
        validate(input.query());
        SmartView v = new SmartView();
        v.id = UUID.randomUUID();
        v.workspaceId = workspaceId;
        v.ownerId = ownerId;
        v.name = input.name().strip();
        v.shared = input.shared();
        v.filter = new SmartView.SavedQuery(input.query());
        v.createdAt = clock.instant();
        v.updatedAt = v.createdAt;
        return v.persist().map(x -> view(v));
    }

    public Uni<List<SmartViewView>> listViews(UUID workspaceId, UUID userId) {
        return SmartView.<SmartView>list("workspaceId = ?1 and (shared = true or ownerId = ?2) order by name, id",
                workspaceId, userId).map(list -> list.stream().map(SmartViewService::view).toList());
    }

    public Uni<SmartViewView> updateView(UUID workspaceId, UUID userId, boolean admin, UUID id, SmartViewInput input) {
        validate(input.query());
        return owned(workspaceId, userId, admin, id).map(v -> {
            v.name = input.name().strip();
            v.shared = input.shared();
            v.filter = new SmartView.SavedQuery(input.query());
            v.updatedAt = clock.instant();
            return view(v);
        });
    }

    public Uni<Void> deleteView(UUID workspaceId, UUID userId, boolean admin, UUID id) {
        return owned(workspaceId, userId, admin, id).chain(v -> v.delete());
    }

    /** Runs the view: exactly the rows GET /contacts answers for the same query. */
    public Uni<Page<ContactView>> runView(UUID workspaceId, UUID userId, UUID id, Integer limit, String cursor) {
        return visible(workspaceId, userId, id).chain(v -> {
            ContactListParams params = ListQuery.parse(v.filter.query());
            return contacts.listContacts(workspaceId, params.filter(false), params.sort(), PageRequest.of(limit, cursor));
        });
    }

    private Uni<SmartView> visible(UUID workspaceId, UUID userId, UUID id) {
        return SmartView.<SmartView>find("workspaceId = ?1 and id = ?2 and (shared = true or ownerId = ?3)",
                workspaceId, id, userId).firstResult().onItem().ifNull().failWith(() -> Problems.notFound("Smart view", id));
    }

    private Uni<SmartView> owned(UUID workspaceId, UUID userId, boolean admin, UUID id) {
        return visible(workspaceId, userId, id).invoke(v -> {
            if (!admin && !v.ownerId.equals(userId)) {
                throw Problems.forbidden("Only the owner of a shared view or an admin may change it.");
            }
        });
    }

    private static void validate(String query) {
        ContactListParams params = ListQuery.parse(query);
        params.filter(false);
        params.sort();
    }

    private static SmartViewView view(SmartView v) {
        return new SmartViewView(v.id, v.name, v.shared, v.ownerId, v.filter.query(), v.createdAt);
    }
}
