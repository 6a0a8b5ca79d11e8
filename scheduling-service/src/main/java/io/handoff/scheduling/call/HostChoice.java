package io.handoff.scheduling.call;

import io.handoff.scheduling.eventtype.EventType;
import io.handoff.scheduling.slot.HostPlan;
import io.handoff.scheduling.slot.HostStanding;
import io.handoff.scheduling.slot.RosterHost;
import io.handoff.scheduling.slot.RoundRobin;
import io.handoff.scheduling.slot.SlotFinder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Orders the candidate hosts open at a start: a single candidate as is, several by round robin over the
 * event type's live bookings (shares are over the hosts who can be booked at all).
 */
@ApplicationScoped
public class HostChoice {

    /** A host open at the start, with their plan (for the buffers of the call to insert). */
    public record Option(RosterHost host, HostPlan plan) {
    }

    @Inject
    CallRepository calls;

    /** Must run after the candidates' host locks are held, so that the counts it reads stay true. */
    public Uni<List<Option>> rank(EventType type, List<RosterHost> candidates, List<HostPlan> plans, Instant start,
                                  Instant now) {
        Map<UUID, HostPlan> planOf = plans.stream().collect(Collectors.toMap(p -> p.schedule().hostId(),
                Function.identity()));
        List<Option> bookable = candidates.stream().filter(h -> planOf.containsKey(h.hostId()))
                .map(h -> new Option(h, planOf.get(h.hostId()))).toList();
        List<Option> open = bookable.stream()
                .filter(o -> SlotFinder.isOpen(o.plan(), start, type.durationMinutes, now)).toList();
        if (open.isEmpty()) {
            return Uni.createFrom().failure(new BookingRefused(Refusal.SLOT_TAKEN, "The slot at " + start
                    + " is not available: it is taken, outside the hosts' hours, too short notice, or the day is full."));
        }
        if (bookable.size() == 1) {
            return Uni.createFrom().item(open);
        }
        return calls.tallies(type.workspaceId, type.id).map(tallies -> {
            Map<UUID, HostTally> tallyOf = tallies.stream().collect(Collectors.toMap(HostTally::hostId, Function.identity()));
            long totalWeight = bookable.stream().mapToLong(o -> o.host().weight()).sum();
            long totalBookings = bookable.stream().mapToLong(o -> bookings(tallyOf.get(o.host().hostId()))).sum();
            Map<UUID, Option> optionOf = open.stream().collect(Collectors.toMap(o -> o.host().hostId(), Function.identity()));
            List<HostStanding> standings = open.stream().map(o -> {
                HostTally tally = tallyOf.get(o.host().hostId());
                return new HostStanding(o.host().hostId(), o.host().weight(), bookings(tally),
                        tally == null ? null : tally.lastBookedAt());
            }).toList();
            return RoundRobin.rank(standings, totalWeight, totalBookings).stream()
                    .map(s -> optionOf.get(s.hostId())).toList();
        });
    }

    private static long bookings(HostTally tally) {
        return tally == null ? 0 : tally.bookings();
    }
}
