package io.handoff.scheduling.call;

import io.handoff.scheduling.eventtype.Assignment;
import io.handoff.scheduling.eventtype.EventType;
import io.handoff.scheduling.slot.HostRoster;
import io.handoff.scheduling.slot.RosterHost;
import io.handoff.scheduling.slot.SlotFinder;
import io.handoff.scheduling.slot.SlotService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Chooses the host of a rescheduled call: the one asked for; else the same host when free at the new
 * time; else, for round robin, the fairest other free host. The call's own time does not count as busy.
 */
@ApplicationScoped
public class RescheduleHost {

    @Inject
    HostRoster roster;
    @Inject
    HostChoice choice;
    @Inject
    SlotService slots;
    @Inject
    BookingLocks locks;

    public Uni<HostChoice.Option> choose(EventType type, Call call, CallReschedule request, Instant now) {
        BookableStart.require(type, request.start(), now);
        return roster.of(type).chain(hosts -> {
            List<RosterHost> candidates = candidates(type, call, request, hosts);
            List<UUID> ids = candidates.stream().map(RosterHost::hostId).toList();
            Instant end = request.start().plus(Duration.ofMinutes(type.durationMinutes));
            return locks.lockHosts(ids)
                    .chain(() -> slots.plans(type.workspaceId, ids, request.start(), end, call.id))
                    .chain(plans -> {
                        var current = plans.stream().filter(p -> p.schedule().hostId().equals(call.hostId)).findFirst()
                                .filter(p -> request.hostId() == null && SlotFinder.isOpen(p, request.start(),
                                        type.durationMinutes, now));
                        if (current.isPresent()) {
                            RosterHost host = candidates.stream().filter(h -> h.hostId().equals(call.hostId)).findFirst()
                                    .orElseThrow();
                            return Uni.createFrom().item(new HostChoice.Option(host, current.get()));
                        }
                        return choice.rank(type, candidates, plans, request.start(), now).map(ranked -> ranked.get(0));
                    });
        });
    }

    private static List<RosterHost> candidates(EventType type, Call call, CallReschedule request, List<RosterHost> hosts) {
        UUID wanted = request.hostId();
        if (wanted != null) {
            RosterHost host = hosts.stream().filter(h -> h.hostId().equals(wanted) && h.canHost()).findFirst()
                    .orElseThrow(() -> new BookingRefused(Refusal.HOST_NOT_IN_EVENT_TYPE,
                            "User " + wanted + " is not an active host of " + type.name + "."));
            return List.of(host);
        }
        return hosts.stream().filter(RosterHost::canHost)
                .filter(h -> type.assignment == Assignment.ROUND_ROBIN || h.hostId().equals(call.hostId))
                .toList();
    }
}
