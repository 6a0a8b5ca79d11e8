package io.handoff.outcomes.analytics;

import io.handoff.directory.Directory;
import io.handoff.directory.DirectoryProjection;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.contacts.WorkspaceSettings;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Objects;
import java.util.UUID;

/**
 * Applies directory events and rebuilds a workspace's daily rollup when its days change: when it becomes known
 * (facts of other topics may have come first) and when its time zone changes (days start at other instants).
 */
@ApplicationScoped
public class WorkspaceTimeZones {

    @Inject
    DirectoryProjection directory;
    @Inject
    Directory lookups;
    @Inject
    AnalyticsRollup rollup;

    /** Runs inside the consumer's transaction. */
    public Uni<Void> apply(CloudEvent event) {
        boolean settings = EventType.WORKSPACE_CREATED.type().equals(event.type())
                || EventType.WORKSPACE_UPDATED.type().equals(event.type());
        if (!settings) {
            return directory.apply(event);
        }
        UUID workspaceId = event.dataAs(WorkspaceSettings.class).workspaceId();
        return rollup.lock(workspaceId).chain(() -> lookups.findWorkspace(workspaceId)).chain(before -> {
            String zoneBefore = before == null ? null : before.timeZone;
            return directory.apply(event).chain(() -> lookups.findWorkspace(workspaceId))
                    .chain(after -> after == null || Objects.equals(zoneBefore, after.timeZone)
                            ? Uni.createFrom().voidItem() : rollup.rebuild(workspaceId));
        });
    }
}
