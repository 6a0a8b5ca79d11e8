package io.handoff.contacts.approval;

import io.handoff.contacts.contact.Contact;
import io.handoff.contacts.contact.ContactRepository;
import io.handoff.contacts.journey.Journey;
import io.handoff.contacts.note.NoteService;
import io.handoff.contacts.stage.ContactStageService;
import io.handoff.contacts.stage.Stage;
import io.handoff.contacts.stage.StageRepository;
import io.handoff.contacts.workspace.WorkspaceRepository;
import io.handoff.events.Actor;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.Invitee;
import io.handoff.events.contacts.BookingRequested;
import io.handoff.events.scheduling.BookingRejected;
import io.handoff.platform.outbox.OutboxWriter;
import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * The contacts side of "approve = book a call": an approval whose booking passes {@link BookingCheck} moves
 * the contact to Approved and asks scheduling-service for the call; the answer (call.booked.v1 or
 * booking.rejected.v1) settles it: a booking adds the handoff note, a rejection puts the contact back where it was.
 */
@ApplicationScoped
public class ApprovalService {

    @Inject
    ContactRepository contacts;
    @Inject
    StageRepository stages;
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    ContactStageService contactStages;
    @Inject
    NoteService notes;
    @Inject
    HandoffForm handoffForm;
    @Inject
    BookingCheck bookingCheck;
    @Inject
    OutboxWriter outbox;
    @Inject
    Journey journey;
    @Inject
    Clock clock;

    public Uni<ApprovalView> requestApproval(UUID workspaceId, UUID userId, UUID contactId, StageMove move) {
        if (move.booking() == null) {
            throw Problems.invalid("booking", "is required to approve: Approved books a strategy call");
        }
        return workspaces.findById(workspaceId)
                .map(w -> handoffForm.fill(w.handoffFields.items(), move.handoffNotes()))
                .chain(handoff -> contacts.findInWorkspace(workspaceId, contactId)
                        .onItem().ifNull().failWith(() -> Problems.notFound("Contact", contactId))
                        .chain(c -> Approval.count("contactId = ?1 and status = ?2", c.id, ApprovalStatus.PENDING)
                                .chain(pending -> {
                                    if (pending > 0) {
                                        throw Problems.conflict("An approval of this contact is already waiting for its booking.");
                                    }
                                    return bookingCheck.require(c, move.booking());
                                })
                                .chain(() -> stages.findApproved(workspaceId))
                                .chain(approved -> start(c, approved, userId, move.booking(), handoff))));
    }

    public Uni<ApprovalView> findApproval(UUID workspaceId, UUID id) {
        return Approval.<Approval>find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResult()
                .onItem().ifNull().failWith(() -> Problems.notFound("Approval", id)).map(ApprovalView::of);
    }

    /** A call booked for an approval settles it; returns the user who set the call, if it was an approval. */
    public Uni<Approval> settleBooked(UUID workspaceId, UUID approvalId, UUID callId) {
        if (approvalId == null) {
            return Uni.createFrom().nullItem();
        }
        return pending(workspaceId, approvalId).call(a -> {
            if (a == null) {
                return Uni.createFrom().voidItem();
            }
            a.status = ApprovalStatus.BOOKED;
            a.callId = callId;
            a.updatedAt = clock.instant();
            return handoffNote(a);
        });
    }

    /**
     * The setter's handoff notes become a note once the call is booked, not when approval is asked: a booking
     * that fails leaves no handoff note behind (the notes stay on the approval).
     */
    private Uni<Void> handoffNote(Approval a) {
        if (a.handoffNotes == null || a.handoffNotes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return workspaces.findById(a.workspaceId).chain(w -> notes.addNote(a.workspaceId, a.requestedBy, a.contactId,
                handoffForm.asNote(w.handoffFields.items(), a.handoffNotes))).replaceWithVoid();
    }

    /** Scheduling could not book: the approval fails and the contact goes back to the stage it had. */
    public Uni<Void> settleRejected(CloudEvent event, BookingRejected rejected) {
        return pending(event.workspaceId(), rejected.approvalId()).chain(a -> {
            if (a == null) {
                return Uni.createFrom().voidItem();
            }
            a.status = ApprovalStatus.REJECTED;
            a.reason = rejected.reason();
            a.detail = rejected.detail();
            a.updatedAt = clock.instant();
            return contacts.findInWorkspace(a.workspaceId, a.contactId).chain(c -> c == null ? Uni.createFrom().voidItem()
                    : restoreStage(c, a).chain(() -> journey.recordEvent(event, c.id, "BOOKING_REJECTED", Actor.system(),
                    "Booking failed: " + describe(rejected), Journey.details("approvalId", a.id, "reason", rejected.reason(),
                            "detail", rejected.detail()))));
        });
    }

    private Uni<ApprovalView> start(Contact c, Stage approved, UUID userId, BookingDetails booking, HandoffForm.Filled handoff) {
        Map<String, String> handoffNotes = handoff.values();
        Approval a = new Approval();
        a.id = UUID.randomUUID();
        a.workspaceId = c.workspaceId;
        a.contactId = c.id;
        a.requestedBy = userId;
        a.eventTypeId = booking.eventTypeId();
        a.hostId = booking.hostId();
        a.startAt = booking.start();
        a.status = ApprovalStatus.PENDING;
        a.previousStageId = c.stageId;
        a.handoffNotes = handoffNotes;
        a.createdAt = clock.instant();
        a.updatedAt = a.createdAt;
        Actor actor = Actor.user(userId);
        var request = new BookingRequested(a.id, c.id, a.eventTypeId, a.hostId, a.startAt, userId,
                new Invitee(c.email, c.name, c.phone, c.timeZone), c.answers.items(),
                c.utm(), handoffNotes);
        return a.persist()
                .chain(() -> contactStages.move(c, approved, actor, "approved; booking requested"))
                .chain(() -> outbox.append(EventType.BOOKING_REQUESTED, c.workspaceId, c.id, request))
                .chain(() -> journey.record(c.workspaceId, c.id, "APPROVAL_REQUESTED", actor,
                        "Approved for a strategy call at " + a.startAt + (a.hostId == null ? " (round robin)" : ""),
                        Journey.details("approvalId", a.id, "eventTypeId", a.eventTypeId, "hostId", a.hostId)))
                .map(v -> ApprovalView.of(a));
    }

    private Uni<Void> restoreStage(Contact c, Approval a) {
        return stages.findById(c.stageId == null ? a.id : c.stageId).chain(current -> {
            if (current == null || !current.isApproved()) {
                return Uni.createFrom().voidItem();
            }
            Uni<Stage> previous = a.previousStageId == null ? Uni.createFrom().nullItem()
                    : stages.findInWorkspace(c.workspaceId, a.previousStageId);
            return previous.chain(p -> p != null ? Uni.createFrom().item(p) : stages.findDefault(c.workspaceId))
                    .chain(back -> contactStages.move(c, back, Actor.system(), "booking failed (" + a.reason + ")"))
                    .replaceWithVoid();
        });
    }

    private Uni<Approval> pending(UUID workspaceId, UUID approvalId) {
        return Approval.<Approval>find("workspaceId = ?1 and id = ?2 and status = ?3", workspaceId, approvalId,
                ApprovalStatus.PENDING).firstResult();
    }

    private static String describe(BookingRejected rejected) {
        String reason = switch (rejected.reason()) {
            case "SLOT_TAKEN" -> "the slot is no longer free";
            case "GATE_NOT_PASSED" -> "the lead has no approved discovery call yet";
            case "HOST_NOT_IN_EVENT_TYPE" -> "the chosen closer does not host this event type";
            case "EVENT_TYPE_NOT_FOUND" -> "the event type does not exist";
            default -> "the request was invalid";
        };
        return rejected.detail() == null ? reason : reason + " (" + rejected.detail() + ")";
    }
}
