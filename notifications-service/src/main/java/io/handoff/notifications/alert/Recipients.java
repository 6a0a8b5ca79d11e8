package io.handoff.notifications.alert;

import io.handoff.directory.Directory;
import io.handoff.directory.KnownUser;
import io.handoff.notifications.eventtype.KnownEventTypes;
import io.handoff.platform.auth.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who an alert goes to. "The workspace's setters" are the members who host its discovery event types (as
 * scheduling announced them); closers, who host strategy calls, are not setters. Admins and managers get the
 * escalation instead.
 */
@ApplicationScoped
public class Recipients {

    private static final Set<String> ESCALATION = Set.of(Roles.MANAGER, Roles.ADMIN);

    @Inject
    Directory directory;
    @Inject
    KnownEventTypes eventTypes;

    /** The setter owner when active, otherwise the workspace's setters. */
    public Uni<List<KnownUser>> settersFor(UUID workspaceId, UUID setterOwnerId) {
        Uni<KnownUser> owner = setterOwnerId == null ? Uni.createFrom().nullItem()
                : directory.findUser(workspaceId, setterOwnerId);
        return owner.chain(o -> o != null && o.active ? Uni.createFrom().item(List.of(o)) : setters(workspaceId));
    }

    /**
     * The active members who host a discovery event type; in a workspace without discovery calls (its plan has
     * none), the USER members who host no event type at all: closers, who host strategy calls, never.
     */
    private Uni<List<KnownUser>> setters(UUID workspaceId) {
        return eventTypes.hostsOf(workspaceId).chain(hosts -> directory.listUsers(workspaceId).map(users -> {
            List<KnownUser> reachable = users.stream().filter(u -> u.active && u.email != null).toList();
            if (!hosts.discovery().isEmpty()) {
                return reachable.stream().filter(u -> hosts.discovery().contains(u.id)).toList();
            }
            return reachable.stream().filter(u -> Roles.USER.equals(u.role) && !hosts.any().contains(u.id)).toList();
        }));
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
