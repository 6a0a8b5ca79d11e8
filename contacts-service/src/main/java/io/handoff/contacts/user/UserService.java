package io.handoff.contacts.user;

import io.handoff.contacts.workspace.WorkspaceRepository;
import io.handoff.events.EventType;
import io.handoff.platform.outbox.OutboxWriter;
import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Adds, changes and deactivates workspace members; every change reaches other services as an event. */
@ApplicationScoped
public class UserService {

    @Inject
    UserRepository users;
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    OutboxWriter outbox;
    @Inject
    Clock clock;

    /** Runs inside the caller's transaction. */
    public Uni<UserView> createAdmin(UUID workspaceId, NewUser request) {
        return createUser(workspaceId, new NewUser(request.name(), request.email(), request.timeZone(), UserRole.ADMIN));
    }

    /** Runs inside the caller's transaction. */
    public Uni<UserView> createUser(UUID workspaceId, NewUser request) {
        return users.findByEmail(workspaceId, request.email()).chain(existing -> {
            if (existing != null) {
                throw Problems.conflict("A member with the email " + request.email() + " exists.");
            }
            return workspaces.findById(workspaceId);
        }).chain(workspace -> {
            if (workspace == null) {
                throw Problems.notFound("Workspace", workspaceId);
            }
            AppUser u = new AppUser();
            u.id = UUID.randomUUID();
            u.workspaceId = workspaceId;
            u.name = request.name().strip();
            u.email = request.email().strip();
            u.timeZone = Objects.requireNonNullElse(request.timeZone(), workspace.timeZone);
            u.role = Objects.requireNonNullElse(request.role(), UserRole.USER);
            u.active = true;
            u.createdAt = clock.instant();
            u.updatedAt = u.createdAt;
            return users.persist(u)
                    .chain(() -> outbox.append(EventType.USER_CREATED, workspaceId, u.id, u.profile()))
                    .map(event -> UserView.of(u));
        });
    }

    public Uni<List<UserView>> listUsers(UUID workspaceId) {
        return users.listInWorkspace(workspaceId).map(list -> list.stream().map(UserView::of).toList());
    }

    public Uni<UserView> findUser(UUID workspaceId, UUID userId) {
        return require(workspaceId, userId).map(UserView::of);
    }

    /** Runs inside the caller's transaction; emits user.updated.v1 with the whole profile. */
    public Uni<UserView> updateUser(UUID workspaceId, UUID userId, UserChanges changes) {
        return require(workspaceId, userId).chain(u -> emailFree(workspaceId, u, changes.email()).chain(() -> {
            if (changes.name() != null) {
                u.name = changes.name().strip();
            }
            if (changes.email() != null) {
                u.email = changes.email().strip();
            }
            if (changes.timeZone() != null) {
                u.timeZone = changes.timeZone();
            }
            if (changes.role() != null) {
                u.role = changes.role();
            }
            if (changes.active() != null) {
                u.active = changes.active();
            }
            u.updatedAt = clock.instant();
            return outbox.append(EventType.USER_UPDATED, workspaceId, u.id, u.profile()).map(e -> UserView.of(u));
        }));
    }

    private Uni<Void> emailFree(UUID workspaceId, AppUser user, String email) {
        if (email == null || email.equalsIgnoreCase(user.email)) {
            return Uni.createFrom().voidItem();
        }
        return users.findByEmail(workspaceId, email).map(other -> {
            if (other != null) {
                throw Problems.conflict("A member with the email " + email + " exists.");
            }
            return null;
        });
    }

    private Uni<AppUser> require(UUID workspaceId, UUID userId) {
        return users.findInWorkspace(workspaceId, userId)
                .onItem().ifNull().failWith(() -> Problems.notFound("User", userId));
    }
}
