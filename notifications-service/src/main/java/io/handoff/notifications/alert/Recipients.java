package io.handoff.notifications.alert;

import io.handoff.directory.Directory;
import io.handoff.directory.KnownUser;
import io.handoff.platform.auth.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who an alert goes to. "The workspace's setters" are its active USER-role members: any user may set, and
 * admins and managers configure rather than chase leads (they get the escalation instead).
 */
@ApplicationScoped
public class Recipients {

    private static final Set<String> ESCALATION = Set.of(Roles.MANAGER, Roles.ADMIN);

    @Inject
    Directory directory;

    /** The setter owner when active, otherwise every setter. */
    public Uni<List<KnownUser>> settersFor(UUID workspaceId, UUID setterOwnerId) {
        Uni<KnownUser> owner = setterOwnerId == null ? Uni.createFrom().nullItem()
                : directory.findUser(workspaceId, setterOwnerId);
        return owner.chain(o -> o != null && o.active ? Uni.createFrom().item(List.of(o))
                : active(workspaceId, Set.of(Roles.USER)));
    }

    /** The escalation path of a missed speed-to-lead target: active managers and admins. */
    public Uni<List<KnownUser>> managers(UUID workspaceId) {
        return active(workspaceId, ESCALATION);
    }

    private Uni<List<KnownUser>> active(UUID workspaceId, Set<String> roles) {
        return directory.listUsers(workspaceId).map(users -> users.stream()
                .filter(u -> u.active && roles.contains(u.role) && u.email != null).toList());
    }
}
