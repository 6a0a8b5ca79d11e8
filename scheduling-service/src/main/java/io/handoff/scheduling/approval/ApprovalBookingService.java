package io.handoff.scheduling.approval;

import io.handoff.directory.Directory;
import io.handoff.events.EventType;
import io.handoff.events.PersonRef;
import io.handoff.events.contacts.BookingRequested;
import io.handoff.events.scheduling.BookingRejected;
import io.handoff.platform.outbox.OutboxWriter;
import io.handoff.platform.problem.ProblemException;
import io.handoff.scheduling.call.BookedVia;
import io.handoff.scheduling.call.Booking;
import io.handoff.scheduling.call.BookingRefused;
import io.handoff.scheduling.call.BookingService;
import io.handoff.scheduling.eventtype.CallKind;
import io.handoff.scheduling.eventtype.EventTypeRepository;
import io.handoff.scheduling.lead.LeadRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The scheduling side of the Approve saga: books the strategy call a booking.requested.v1 asks for (a named
 * closer or round robin, set by the approving user) and answers call.booked.v1 or booking.rejected.v1.
 * Each approval is answered once: its id is claimed in approval_answer in the same transaction.
 */
@ApplicationScoped
public class ApprovalBookingService {

    private static final String CLAIM = "insert into approval_answer (approval_id, workspace_id, contact_id, answered_at) "
            + "values (?1, ?2, ?3, ?4) on conflict do nothing";

    @Inject
    EventTypeRepository eventTypes;
    @Inject
    LeadRepository leads;
    @Inject
    Directory directory;
    @Inject
    BookingService booking;
    @Inject
    OutboxWriter outbox;
    @Inject
    Clock clock;

    /** Runs inside the consumer's transaction. */
    public Uni<Void> answerRequest(UUID workspaceId, BookingRequested request) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM)
                        .setParameter(1, request.approvalId()).setParameter(2, workspaceId)
                        .setParameter(3, request.contactId()).setParameter(4, clock.instant().atOffset(ZoneOffset.UTC))
                        .executeUpdate())
                .chain(claimed -> claimed == 0 ? Uni.createFrom().voidItem() : book(workspaceId, request));
    }

    private Uni<Void> book(UUID workspaceId, BookingRequested request) {
        if (request.start() == null || request.invitee() == null || request.invitee().email() == null
                || request.invitee().email().isBlank() || request.eventTypeId() == null) {
            return reject(workspaceId, request, "INVALID_REQUEST", "The request lacks its start, event type or invitee email.");
        }
        return eventTypes.findInWorkspace(workspaceId, request.eventTypeId()).chain(type -> {
            if (type == null || !type.active) {
                return reject(workspaceId, request, "EVENT_TYPE_NOT_FOUND",
                        "Event type " + request.eventTypeId() + " does not exist.");
            }
            if (type.kind != CallKind.STRATEGY) {
                return reject(workspaceId, request, "INVALID_REQUEST", type.name + " is not a strategy event type.");
            }
            return directory.findUser(workspaceId, request.requestedBy())
                    .chain(setter -> leads.findByEmail(workspaceId, request.invitee().email()).chain(lead -> booking.book(
                            new Booking(type, request.hostId(), request.start(), request.invitee(),
                                    lead == null ? null : lead.id, request.contactId(), request.approvalId(),
                                    setter != null ? setter.ref() : new PersonRef(request.requestedBy(), null, null),
                                    BookedVia.APPROVAL, Objects.requireNonNullElse(request.answers(), List.of()),
                                    request.utm()))))
                    .chain(call -> recordAnswer(request.approvalId(), call.id, null))
                    .onFailure(ProblemException.class).recoverWithUni(failure ->
                            reject(workspaceId, request, reason(failure), failure.getMessage()));
        });
    }

    private Uni<Void> reject(UUID workspaceId, BookingRequested request, String reason, String detail) {
        return recordAnswer(request.approvalId(), null, reason)
                .chain(() -> outbox.append(EventType.BOOKING_REJECTED, workspaceId, request.contactId(),
                        new BookingRejected(request.approvalId(), request.contactId(), reason, detail)))
                .replaceWithVoid();
    }

    private static Uni<Void> recordAnswer(UUID approvalId, UUID callId, String rejection) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "update approval_answer set call_id = ?2, rejection = ?3 where approval_id = ?1")
                        .setParameter(1, approvalId).setParameter(2, callId).setParameter(3, rejection).executeUpdate())
                .replaceWithVoid();
    }

    private static String reason(Throwable failure) {
        if (failure instanceof BookingRefused refused) {
            return switch (refused.refusal()) {
                case SLOT_TAKEN -> "SLOT_TAKEN";
                case GATE_NOT_PASSED -> "GATE_NOT_PASSED";
                case HOST_NOT_IN_EVENT_TYPE -> "HOST_NOT_IN_EVENT_TYPE";
                case ALREADY_BOOKED, START_IN_PAST, OUTSIDE_BOOKING_WINDOW -> "INVALID_REQUEST";
            };
        }
        return "INVALID_REQUEST";
    }
}
