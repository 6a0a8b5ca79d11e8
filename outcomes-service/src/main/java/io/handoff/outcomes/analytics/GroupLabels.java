package io.handoff.outcomes.analytics;

import io.handoff.directory.Directory;
import io.handoff.outcomes.call.KnownEventType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Names groups: users from the directory copy, event types as bookings named them, UTM sources as they are. */
@ApplicationScoped
public class GroupLabels {

    @Inject
    Directory directory;

    /** Labels of the given group keys; a key without a known name has no entry. */
    public Uni<Map<String, String>> of(UUID workspaceId, Dimension dimension, Collection<String> keys) {
        List<String> named = keys.stream().filter(k -> !k.equals(FigureQueries.NO_GROUP)).toList();
        if (dimension == Dimension.UTM_SOURCE) {
            return Uni.createFrom().item(named.stream().collect(Collectors.toMap(Function.identity(), Function.identity())));
        }
        List<UUID> ids = named.stream().map(UUID::fromString).toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        if (dimension == Dimension.EVENT_TYPE) {
            return KnownEventType.findAll(workspaceId, ids).map(types -> types.stream()
                    .collect(Collectors.toMap(t -> t.id.toString(), t -> t.name)));
        }
        return users(workspaceId, ids);
    }

    public Uni<Map<String, String>> users(UUID workspaceId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return directory.findUsers(workspaceId, ids).map(users -> users.stream()
                .collect(Collectors.toMap(u -> u.id.toString(), u -> u.name)));
    }
}
