package io.handoff.scheduling.slot;

import io.handoff.directory.Directory;
import io.handoff.platform.problem.Problems;
import io.handoff.scheduling.eventtype.EventType;
import io.handoff.scheduling.host.AvailabilityRepository;
import io.handoff.scheduling.host.HostAvailability;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Loads hosts' availability and calls, and answers which slots of an event type are open. */
@ApplicationScoped
public class SlotService {

    /** Calls starting this far outside a window still matter: their buffers, and the day caps of edge days. */
    private static final Duration MARGIN = Duration.ofDays(2);

    @Inject
    AvailabilityRepository availabilities;
    @Inject
    BusyTimes busyTimes;
    @Inject
    HostRoster roster;
    @Inject
    Directory directory;
    @Inject
    Clock clock;

    /** Plans of those hosts who have set their availability, with their calls around [from, to). */
    public Uni<List<HostPlan>> plans(UUID workspaceId, Collection<UUID> hostIds, Instant from, Instant to,
                                     UUID exceptCall) {
        return availabilities.findOfHosts(workspaceId, hostIds).chain(found -> {
            List<UUID> available = found.stream().map(a -> a.userId).toList();
            return busyTimes.of(workspaceId, available, from.minus(MARGIN), to.plus(MARGIN), exceptCall)
                    .map(busy -> {
                        Map<UUID, List<BusyTime>> byHost = busy.stream().collect(Collectors.groupingBy(BusyTime::hostId));
                        return found.stream().map(a -> plan(a, byHost.getOrDefault(a.userId, List.of()))).toList();
                    });
        });
    }

    /**
     * First half of a slots query, inside a session: the query checked against the workspace's defaults and
     * the schedules of the event type's hosts (optionally one of them) who can host and set their hours.
     */
    public Uni<SlotRequest> prepareSlots(EventType type, String from, String to, String timeZone, UUID hostId) {
        return directory.requireWorkspace(type.workspaceId).chain(workspace -> {
            SlotQuery query = SlotQuery.parse(from, to, timeZone, workspace.timeZone);
            return roster.of(type).chain(hosts -> {
                if (hostId != null && hosts.stream().noneMatch(h -> h.hostId().equals(hostId))) {
                    throw Problems.invalid("hostId", "is not a host of this event type");
                }
                List<UUID> ids = hosts.stream().filter(RosterHost::canHost).map(RosterHost::hostId)
                        .filter(id -> hostId == null || id.equals(hostId)).toList();
                return availabilities.findOfHosts(type.workspaceId, ids).map(found -> new SlotRequest(query,
                        type.durationMinutes, type.bookingWindowDays, type.workspaceId, found.stream().map(HostSchedule::of).toList()));
            });
        });
    }

    /**
     * Second half, after the session is closed: the hosts' calls (up to a month of a whole team's, read
     * straight from the pool) and the open starts inside the booking window. Holding no session connection meanwhile, a burst of
     * slot requests cannot exhaust the pool while each waits for a second connection.
     */
    public Uni<SlotsView> findSlots(SlotRequest request) {
        SlotQuery query = request.query();
        List<UUID> ids = request.hosts().stream().map(HostSchedule::hostId).toList();
        return busyTimes.forListing(request.workspaceId(), ids, query.startInstant().minus(MARGIN),
                query.endInstant().plus(MARGIN)).map(busy -> {
                    Map<UUID, List<BusyTime>> byHost = busy.stream().collect(Collectors.groupingBy(BusyTime::hostId));
                    List<HostPlan> plans = request.hosts().stream().map(h -> new HostPlan(h,
                            HostCalendar.of(byHost.getOrDefault(h.hostId(), List.of()), h.zone()))).toList();
                    Instant now = clock.instant();
                    // No slot beyond the booking window: a start must come before now plus its days.
                    long to = Math.min(query.endInstant().getEpochSecond(),
                            now.plus(Duration.ofDays(request.bookingWindowDays())).getEpochSecond());
                    return SlotsView.of(query.zone(), SlotFinder.openStarts(plans, query.startInstant().getEpochSecond(),
                            to, request.lengthMinutes(), now.getEpochSecond()));
                });
    }

    private static HostPlan plan(HostAvailability availability, List<BusyTime> busy) {
        HostSchedule schedule = HostSchedule.of(availability);
        return new HostPlan(schedule, HostCalendar.of(busy, schedule.zone()));
    }
}
