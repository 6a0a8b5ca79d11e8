package io.handoff.scheduling.call;

import io.handoff.events.EventType;
import io.handoff.platform.json.JsonList;
import io.handoff.platform.outbox.OutboxWriter;
import io.handoff.platform.problem.Problems;
import io.handoff.scheduling.contact.KnownContacts;
import io.handoff.scheduling.eventtype.Assignment;
import io.handoff.scheduling.outcome.DiscoveryGate;
import io.handoff.scheduling.slot.HostRoster;
import io.handoff.scheduling.slot.RosterHost;
import io.handoff.scheduling.slot.SlotService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Books calls for all three ways in (public page, a user, an approval): checks the host, the discovery gate
 * and the one-upcoming-call rule, then takes the first host of {@link HostChoice}'s order whose insert the
 * database accepts, and announces call.booked.v1. Refusals are {@link BookingRefused}; none of them follows
 * a failed statement, so the caller's transaction stays usable (the approval flow records a rejection in it).
 */
@ApplicationScoped
public class BookingService {

    @Inject
    HostRoster roster;
    @Inject
    HostChoice choice;
    @Inject
    SlotService slots;
    @Inject
    CallRepository calls;
    @Inject
    BookingLocks locks;
    @Inject
    DiscoveryGate gate;
    @Inject
    KnownContacts contacts;
    @Inject
    OutboxWriter outbox;
    @Inject
    Clock clock;

    /** Runs inside the caller's transaction. */
    public Uni<Call> book(Booking request) {
        Instant now = clock.instant();
        BookableStart.require(request.type(), request.start(), now);
        return roster.of(request.type()).chain(roster -> {
            List<RosterHost> candidates = candidates(request, roster);
            List<UUID> ids = candidates.stream().map(RosterHost::hostId).toList();
            Instant end = request.start().plus(Duration.ofMinutes(request.type().durationMinutes));
            return requireGate(request).chain(() -> withContact(request)).chain(booking ->
                    locks.lockInvitee(booking.workspaceId(), booking.invitee().email(), booking.type().id)
                            .chain(() -> calls.hasUpcoming(booking.workspaceId(), booking.invitee().email(),
                                    booking.type().id, now))
                            .invoke(upcoming -> {
                                if (upcoming) {
                                    throw new BookingRefused(Refusal.ALREADY_BOOKED, booking.invitee().email()
                                            + " already has an upcoming " + booking.type().name + ".");
                                }
                            })
                            .chain(() -> locks.lockHosts(ids))
                            .chain(() -> slots.plans(booking.workspaceId(), ids, booking.start(), end, null))
                            .chain(plans -> choice.rank(booking.type(), candidates, plans, booking.start(), now))
                            .chain(ranked -> insertFirst(booking, ranked, 0, now)));
        });
    }

    /** The hosts that may take this booking: the one asked for, or the event type's. */
    private static List<RosterHost> candidates(Booking request, List<RosterHost> roster) {
        if (request.hostId() != null) {
            RosterHost host = roster.stream().filter(h -> h.hostId().equals(request.hostId())).findFirst()
                    .orElseThrow(() -> new BookingRefused(Refusal.HOST_NOT_IN_EVENT_TYPE,
                            "User " + request.hostId() + " is not a host of " + request.type().name + "."));
            if (!host.canHost()) {
                throw new BookingRefused(Refusal.HOST_NOT_IN_EVENT_TYPE,
                        "User " + request.hostId() + " is deactivated and cannot host calls.");
            }
            return List.of(host);
        }
        List<RosterHost> active = roster.stream().filter(RosterHost::canHost).toList();
        if (request.type().assignment == Assignment.SPECIFIC && active.size() != 1) {
            throw Problems.invalid("hostId", "is required: " + request.type().name + " is booked with a specific host");
        }
        return active;
    }

    private Uni<Void> requireGate(Booking request) {
        if (!request.type().requiresApprovedDiscovery) {
            return Uni.createFrom().voidItem();
        }
        return gate.passed(request.workspaceId(), request.invitee().email(), request.contactId()).invoke(passed -> {
            if (!passed) {
                throw new BookingRefused(Refusal.GATE_NOT_PASSED, request.type().name
                        + " can be booked only after an approved discovery call.");
            }
        }).replaceWithVoid();
    }

    private Uni<Booking> withContact(Booking request) {
        return request.contactId() != null ? Uni.createFrom().item(request)
                : contacts.contactIdOf(request.workspaceId(), request.invitee().email()).map(request::withContactId);
    }

    /** Tries the hosts in order; a host the constraint refuses (a race lost) hands over to the next. */
    private Uni<Call> insertFirst(Booking booking, List<HostChoice.Option> ranked, int index, Instant now) {
        if (index == ranked.size()) {
            return Uni.createFrom().failure(new BookingRefused(Refusal.SLOT_TAKEN,
                    "The slot at " + booking.start() + " is no longer available."));
        }
        HostChoice.Option option = ranked.get(index);
        Call call = newCall(booking, option, now);
        return calls.insertIfFree(call).chain(inserted -> !inserted ? insertFirst(booking, ranked, index + 1, now)
                : outbox.append(EventType.CALL_BOOKED, call.workspaceId, call.id,
                        CallEvents.booked(call, booking.type().name, option.host().user().ref())).replaceWith(call));
    }

    private static Call newCall(Booking b, HostChoice.Option option, Instant now) {
        Call c = new Call();
        c.id = UUID.randomUUID();
        c.workspaceId = b.workspaceId();
        c.eventTypeId = b.type().id;
        c.kind = b.type().kind;
        c.hostId = option.host().hostId();
        c.startAt = b.start();
        c.endAt = b.start().plus(Duration.ofMinutes(b.type().durationMinutes));
        c.blockedFrom = c.startAt.minusSeconds(option.plan().schedule().bufferBeforeSeconds());
        c.blockedTo = c.endAt.plusSeconds(option.plan().schedule().bufferAfterSeconds());
        c.status = CallStatus.BOOKED;
        c.bookedVia = b.via();
        c.leadId = b.leadId();
        c.contactId = b.contactId();
        c.approvalId = b.approvalId();
        c.inviteeEmail = b.invitee().email().strip();
        c.inviteeName = b.invitee().name();
        c.inviteePhone = b.invitee().phone();
        c.inviteeTimeZone = b.invitee().timeZone();
        c.answers = JsonList.of(b.answers());
        c.setUtm(b.utm());
        if (b.setBy() != null) {
            c.setById = b.setBy().userId();
            c.setByName = b.setBy().name();
            c.setByEmail = b.setBy().email();
        }
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }
}
