package io.handoff.scheduling.host;

import io.handoff.directory.Directory;
import io.handoff.platform.json.JsonList;
import io.handoff.platform.problem.FieldError;
import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Sets and reads hosts' availability; a host must be a member of the workspace. */
@ApplicationScoped
public class AvailabilityService {

    @Inject
    AvailabilityRepository availabilities;
    @Inject
    Directory directory;
    @Inject
    Clock clock;

    /** Runs inside the caller's transaction; replaces the whole availability (PUT semantics). */
    public Uni<AvailabilityView> replaceAvailability(UUID workspaceId, UUID userId, Availability request) {
        List<FieldError> problems = AvailabilityRules.problems(request);
        if (!problems.isEmpty()) {
            throw Problems.invalid(problems);
        }
        return directory.findUser(workspaceId, userId)
                .onItem().ifNull().failWith(() -> Problems.notFound("User", userId))
                .chain(user -> availabilities.findOfHost(workspaceId, userId))
                .chain(found -> {
                    HostAvailability a = found != null ? found : new HostAvailability();
                    a.userId = userId;
                    a.workspaceId = workspaceId;
                    a.timeZone = request.timeZone();
                    a.weekly = JsonList.of(request.weekly());
                    a.overrides = JsonList.of(Objects.requireNonNullElse(request.overrides(), List.of()));
                    a.bufferBeforeMinutes = Objects.requireNonNullElse(request.bufferBeforeMinutes(), 0);
                    a.bufferAfterMinutes = Objects.requireNonNullElse(request.bufferAfterMinutes(), 0);
                    a.minimumNoticeMinutes = Objects.requireNonNullElse(request.minimumNoticeMinutes(), 0);
                    a.maxCallsPerDay = request.maxCallsPerDay();
                    a.updatedAt = clock.instant();
                    Uni<HostAvailability> stored = found != null ? Uni.createFrom().item(a) : availabilities.persist(a);
                    return stored.map(AvailabilityView::of);
                });
    }

    public Uni<AvailabilityView> findAvailability(UUID workspaceId, UUID userId) {
        return availabilities.findOfHost(workspaceId, userId)
                .onItem().ifNull().failWith(() -> Problems.notFound("Availability of host", userId))
                .map(AvailabilityView::of);
    }
}
