package io.handoff.contacts.approval;

import io.handoff.contacts.call.ContactCall;
import io.handoff.contacts.contact.Contact;
import io.handoff.contacts.eventtype.KnownEventType;
import io.handoff.contacts.eventtype.KnownEventTypes;
import io.handoff.platform.problem.ProblemException;
import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;

/**
 * What can be known of an approval's booking before asking scheduling-service for it, answered on the
 * approval request itself: an active strategy event type of this workspace (as scheduling announced it), a
 * host who hosts it, a start in the future and inside its booking window, and no upcoming call of that event
 * type for the contact already (the calls scheduling reported). Scheduling still decides the slot.
 */
@ApplicationScoped
public class BookingCheck {

    private static final String TITLE = "Booking refused";

    @Inject
    KnownEventTypes eventTypes;
    @Inject
    Clock clock;

    public Uni<Void> require(Contact contact, BookingDetails booking) {
        Instant now = clock.instant();
        return eventTypes.findInWorkspace(contact.workspaceId, booking.eventTypeId()).chain(type -> {
            requireBookable(type, booking, now);
            return ContactCall.count("workspaceId = ?1 and contactId = ?2 and eventTypeId = ?3 "
                            + "and status <> 'CANCELLED' and endAt > ?4", contact.workspaceId, contact.id, type.id, now)
                    .invoke(upcoming -> {
                        if (upcoming > 0) {
                            throw new ProblemException(409, "already-booked", TITLE, contact.email
                                    + " already has an upcoming " + type.name + ".", null);
                        }
                    }).replaceWithVoid();
        });
    }

    private static void requireBookable(KnownEventType type, BookingDetails booking, Instant now) {
        if (type == null || !type.isBookable()) {
            throw Problems.invalid("booking.eventTypeId", "is not an active strategy event type of this workspace");
        }
        if (booking.hostId() != null && !type.isHostedBy(booking.hostId())) {
            throw Problems.invalid("booking.hostId", "does not host " + type.name);
        }
        if (booking.hostId() == null && "SPECIFIC".equals(type.assignment) && type.hostIds.items().size() != 1) {
            throw Problems.invalid("booking.hostId", "is required: " + type.name + " is booked with a specific host");
        }
        if (!booking.start().isAfter(now)) {
            throw new ProblemException(400, "start-in-past", TITLE, "The start " + booking.start() + " is in the past.", null);
        }
        Instant until = type.bookableUntil(now);
        if (!booking.start().isBefore(until)) {
            throw new ProblemException(400, "outside-booking-window", TITLE, type.name + " can be booked at most "
                    + type.bookingWindowDays + " days ahead: the start must be before " + until + ".", null);
        }
    }
}
