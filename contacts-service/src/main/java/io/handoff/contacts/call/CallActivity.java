package io.handoff.contacts.call;

import io.handoff.contacts.approval.ApprovalService;
import io.handoff.contacts.contact.Contact;
import io.handoff.contacts.contact.ContactService;
import io.handoff.contacts.contact.LeadStatus;
import io.handoff.contacts.journey.Journey;
import io.handoff.contacts.owner.OwnerRole;
import io.handoff.contacts.owner.OwnerService;
import io.handoff.contacts.user.UserRepository;
import io.handoff.events.Actor;
import io.handoff.events.CloudEvent;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.CallCancelled;
import io.handoff.events.scheduling.CallRescheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.UUID;

/**
 * Applies scheduling-service's call events to contacts: a booked call makes its contact BOOKED (leaving
 * Appointment Setting) with who set it, settles the approval it answers (its host becoming the closer owner),
 * and shows on the card and journey.
 */
@ApplicationScoped
public class CallActivity {

    @Inject
    ContactService contacts;
    @Inject
    ApprovalService approvals;
    @Inject
    OwnerService owners;
    @Inject
    UserRepository users;
    @Inject
    Journey journey;
    @Inject
    Clock clock;

    public Uni<Void> onBooked(CloudEvent event, CallBooked call) {
        UUID workspaceId = event.workspaceId();
        return contacts.findOrCreateForCall(event, call.contactId(), call.invitee())
                .chain(c -> approvals.settleBooked(workspaceId, call.approvalId(), call.callId()).chain(approval -> {
                    c.leadStatus = LeadStatus.BOOKED;
                    c.setById = approval != null ? approval.requestedBy : call.setBy() != null ? call.setBy().userId() : c.setById;
                    c.lastEventTypeId = call.eventTypeId();
                    c.updatedAt = clock.instant();
                    return project(c, call).chain(() -> journey.recordEvent(event, c.id, "CALL_BOOKED",
                            call.setBy() == null ? Actor.contact() : Actor.user(call.setBy().userId()), describe(call),
                            Journey.details("callId", call.callId(), "start", call.start().toString(),
                                    "hostId", call.host().userId(), "setById", c.setById, "approvalId", call.approvalId())))
                            .chain(() -> approval == null ? Uni.createFrom().voidItem() : closerFromHost(c, call));
                }));
    }

    /**
     * The closer who hosts the call an approval booked becomes the contact's closer owner, unless it has one
     * (a closer chosen earlier is kept) or the host is no active member (a deactivated user owns nothing new).
     */
    private Uni<Void> closerFromHost(Contact c, CallBooked call) {
        if (c.closerOwnerId != null || call.host() == null || call.host().userId() == null) {
            return Uni.createFrom().voidItem();
        }
        return users.findInWorkspace(c.workspaceId, call.host().userId()).chain(host -> host == null || !host.active
                ? Uni.createFrom().voidItem()
                : owners.assign(c, OwnerRole.CLOSER, host, Actor.system(), "host of the booked call").replaceWithVoid());
    }

    public Uni<Void> onRescheduled(CloudEvent event, CallRescheduled change) {
        return find(event.workspaceId(), change.callId()).chain(call -> {
            if (call == null) {
                return Uni.createFrom().voidItem();
            }
            call.startAt = change.start();
            call.endAt = change.end();
            call.hostId = change.hostId();
            call.updatedAt = clock.instant();
            return journey.recordEvent(event, call.contactId, "CALL_RESCHEDULED", change.actor(),
                    "Call moved from " + change.previousStart() + " to " + change.start()
                            + (change.reason() == null ? "" : ": " + change.reason()),
                    Journey.details("callId", call.id, "start", change.start().toString()));
        });
    }

    /** A cancelled call returns its contact to Appointment Setting unless another call is still ahead. */
    public Uni<Void> onCancelled(CloudEvent event, CallCancelled cancelled) {
        return find(event.workspaceId(), cancelled.callId()).chain(call -> {
            if (call == null) {
                return Uni.createFrom().voidItem();
            }
            call.status = "CANCELLED";
            call.updatedAt = clock.instant();
            return ContactCall.count("contactId = ?1 and status <> 'CANCELLED' and startAt > ?2 and id <> ?3",
                            call.contactId, clock.instant(), call.id)
                    .chain(ahead -> ahead > 0 ? Uni.createFrom().voidItem() : contacts.reopenLead(event.workspaceId(), call.contactId))
                    .chain(() -> journey.recordEvent(event, call.contactId, "CALL_CANCELLED", cancelled.actor(),
                            "Call cancelled by " + cancelled.cancelledBy().toLowerCase()
                                    + (cancelled.reason() == null ? "" : ": " + cancelled.reason()),
                            Journey.details("callId", call.id, "reason", cancelled.reason())));
        });
    }

    public Uni<ContactCall> find(UUID workspaceId, UUID callId) {
        return ContactCall.<ContactCall>find("workspaceId = ?1 and id = ?2", workspaceId, callId).firstResult();
    }

    private Uni<Void> project(Contact c, CallBooked booked) {
        return find(c.workspaceId, booked.callId()).chain(existing -> {
            ContactCall call = existing != null ? existing : new ContactCall();
            call.id = booked.callId();
            call.workspaceId = c.workspaceId;
            call.contactId = c.id;
            call.eventTypeId = booked.eventTypeId();
            call.eventTypeName = booked.eventTypeName();
            call.kind = booked.kind();
            call.hostId = booked.host().userId();
            call.hostName = booked.host().name();
            call.setById = c.setById;
            call.startAt = booked.start();
            call.endAt = booked.end();
            call.status = "BOOKED";
            call.updatedAt = clock.instant();
            return existing != null ? Uni.createFrom().voidItem() : call.persist().replaceWithVoid();
        });
    }

    private static String describe(CallBooked call) {
        return (call.eventTypeName() == null ? "Call" : call.eventTypeName()) + " booked with "
                + (call.host().name() == null ? "a host" : call.host().name()) + " at " + call.start()
                + (call.setBy() == null ? "" : ", set by " + (call.setBy().name() == null ? call.setBy().userId() : call.setBy().name()));
    }
}
