package io.handoff.contacts.workspace;

import io.handoff.contacts.stage.DefaultStages;
import io.handoff.contacts.user.UserService;
import io.handoff.contacts.user.UserView;
import io.handoff.events.EventType;
import io.handoff.platform.json.JsonList;
import io.handoff.platform.outbox.OutboxWriter;
import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Opens workspaces (with their first admin and default stages) and changes their settings. */
@ApplicationScoped
public class WorkspaceService {

    @Inject
    WorkspaceRepository workspaces;
    @Inject
    UserService users;
    @Inject
    DefaultStages defaultStages;
    @Inject
    OutboxWriter outbox;
    @Inject
    Clock clock;

    /** Runs inside the caller's transaction. */
    public Uni<WorkspaceView> createWorkspace(NewWorkspace request) {
        return workspaces.findBySlug(request.slug()).chain(existing -> {
            if (existing != null) {
                throw Problems.conflict("The slug '" + request.slug() + "' is taken.");
            }
            Workspace w = new Workspace();
            w.id = UUID.randomUUID();
            w.name = request.name().strip();
            w.slug = request.slug();
            w.currency = Objects.requireNonNullElse(request.currency(), "USD");
            w.timeZone = Objects.requireNonNullElse(request.timeZone(), "UTC");
            w.plan = Objects.requireNonNullElse(request.plan(), Plan.STARTUP);
            w.speedToLeadSlaMinutes = Objects.requireNonNullElse(request.speedToLeadSlaMinutes(), 5);
            w.handoffFields = JsonList.of(Workspace.DEFAULT_HANDOFF_FIELDS);
            w.createdAt = clock.instant();
            w.updatedAt = w.createdAt;
            return workspaces.persist(w)
                    .chain(() -> outbox.append(EventType.WORKSPACE_CREATED, w.id, w.id, w.settings()))
                    .chain(() -> defaultStages.createFor(w.id))
                    .chain(() -> users.createAdmin(w.id, request.admin()))
                    .map(admin -> WorkspaceView.of(w, admin));
        });
    }

    public Uni<List<WorkspaceView>> listWorkspaces(String slug) {
        return workspaces.listBySlug(slug).map(list -> list.stream().map(w -> WorkspaceView.of(w, null)).toList());
    }

    public Uni<WorkspaceView> findWorkspace(UUID workspaceId) {
        return require(workspaceId).map(w -> WorkspaceView.of(w, null));
    }

    /**
     * A workspace admin's edit of their own workspace: the plan is the platform operator's (it unlocks paid
     * features), so an admin naming it gets 403 and nothing changes. Runs inside the caller's transaction.
     */
    public Uni<WorkspaceView> updateOwnWorkspace(UUID workspaceId, WorkspaceChanges changes) {
        if (changes.plan() != null) {
            throw Problems.forbidden("The plan is set by the platform operator; leave plan out of the request.");
        }
        return updateWorkspace(workspaceId, changes);
    }

    /**
     * The operator's edit of any workspace, plan included. Runs inside the caller's transaction; emits
     * workspace.updated.v1 with the whole settings.
     */
    public Uni<WorkspaceView> updateWorkspace(UUID workspaceId, WorkspaceChanges changes) {
        return require(workspaceId).chain(w -> {
            if (changes.name() != null) {
                w.name = changes.name().strip();
            }
            if (changes.currency() != null) {
                w.currency = changes.currency();
            }
            if (changes.timeZone() != null) {
                w.timeZone = changes.timeZone();
            }
            if (changes.plan() != null) {
                w.plan = changes.plan();
            }
            if (changes.handoffFields() != null) {
                w.handoffFields = JsonList.of(changes.handoffFields());
            }
            if (changes.speedToLeadSlaMinutes() != null) {
                w.speedToLeadSlaMinutes = changes.speedToLeadSlaMinutes();
            }
            w.updatedAt = clock.instant();
            return outbox.append(EventType.WORKSPACE_UPDATED, w.id, w.id, w.settings())
                    .map(event -> WorkspaceView.of(w, (UserView) null));
        });
    }

    private Uni<Workspace> require(UUID workspaceId) {
        return workspaces.findById(workspaceId)
                .onItem().ifNull().failWith(() -> Problems.notFound("Workspace", workspaceId));
    }
}
