package io.handoff.notifications.call;

import io.handoff.directory.Directory;
import io.handoff.events.CloudEvent;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.CallCancelled;
import io.handoff.events.scheduling.CallRescheduled;
import io.handoff.notifications.contact.ActivityLog;
import io.handoff.notifications.contact.KnownContact;
import io.handoff.notifications.contact.KnownContactRepository;
import io.handoff.notifications.contact.PendingQualification;
import io.handoff.platform.json.JsonList;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Keeps the call copy from scheduling-service's events and notes them on the contact: a booking ends the
 * lead's wait for a setter (and is a setter action when a member set it). Runs in the consumer's transaction.
 */
@ApplicationScoped
public class CallProjection {

    @Inject
    KnownContactRepository contacts;
    @Inject
    ActivityLog activity;
    @Inject
    Directory directory;
    @Inject
    Clock clock;

    /** The call as now known, or null when this booking was already applied. */
    public Uni<KnownCall> onBooked(CloudEvent event, CallBooked booked) {
        UUID workspaceId = event.workspaceId();
        return find(workspaceId, booked.callId()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().nullItem();
            }
            KnownCall call = newCall(workspaceId, booked);
            return contacts.lockByIdOrEmail(workspaceId, booked.contactId(), call.inviteeEmail)
                    .chain(contact -> {
                        if (contact != null) {
                            call.contactId = contact.id;
                        }
                        return call.persist().chain(() -> noteOnContact(event, call, contact));
                    })
                    .replaceWith(call);
        });
    }

    /** The call with its new time and host, or null when this service never saw it booked. */
    public Uni<KnownCall> onRescheduled(CloudEvent event, CallRescheduled moved) {
        UUID workspaceId = event.workspaceId();
        return find(workspaceId, moved.callId()).chain(call -> {
            if (call == null) {
                return Uni.createFrom().nullItem();
            }
            call.startAt = moved.start();
            call.endAt = moved.end();
            call.status = KnownCall.BOOKED;
            call.updatedAt = clock.instant();
            Uni<Void> host = moved.hostId() == null || moved.hostId().equals(call.hostId) ? Uni.createFrom().voidItem()
                    : directory.findUser(workspaceId, moved.hostId()).invoke(user -> {
                        call.hostId = moved.hostId();
                        call.hostName = user == null ? null : user.name;
                        call.hostEmail = user == null ? null : user.email;
                    }).replaceWithVoid();
            return host.chain(() -> record(call, at(event), "Call moved to " + moved.start()
                    + (moved.reason() == null ? "" : ": " + moved.reason()))).replaceWith(call);
        });
    }

    public Uni<KnownCall> onCancelled(CloudEvent event, CallCancelled cancelled) {
        return find(event.workspaceId(), cancelled.callId()).chain(call -> {
            if (call == null) {
                return Uni.createFrom().nullItem();
            }
            call.status = KnownCall.CANCELLED;
            call.updatedAt = clock.instant();
            String by = cancelled.cancelledBy() == null ? "" : " by " + cancelled.cancelledBy().toLowerCase();
            return record(call, at(event), "Call cancelled" + by
                    + (cancelled.reason() == null ? "" : ": " + cancelled.reason())).replaceWith(call);
        });
    }

    public Uni<KnownCall> find(UUID workspaceId, UUID callId) {
        return KnownCall.<KnownCall>find("workspaceId = ?1 and id = ?2", workspaceId, callId).firstResult();
    }

    private Uni<Void> noteOnContact(CloudEvent event, KnownCall call, KnownContact contact) {
        // A lead that booked before its contact was announced needs no setter to chase it.
        Uni<Void> dropPending = call.inviteeEmail == null ? Uni.createFrom().voidItem()
                : PendingQualification.delete("workspaceId = ?1 and email = ?2", call.workspaceId,
                KnownContactRepository.normalise(call.inviteeEmail)).replaceWithVoid();
        if (contact == null) {
            return dropPending;
        }
        contact.noteBooked(at(event));
        if (call.setById != null) {
            contact.noteSetterAction(at(event));
        }
        contact.updatedAt = clock.instant();
        String setBy = call.setByName == null ? "" : ", set by " + call.setByName;
        return dropPending.chain(() -> record(call, at(event), call.callName() + " booked with "
                + call.hostDisplayName() + " for " + call.startAt + setBy));
    }

    private Uni<Void> record(KnownCall call, Instant at, String summary) {
        return call.contactId == null ? Uni.createFrom().voidItem()
                : activity.record(call.workspaceId, call.contactId, at, summary);
    }

    private KnownCall newCall(UUID workspaceId, CallBooked booked) {
        KnownCall call = new KnownCall();
        call.id = booked.callId();
        call.workspaceId = workspaceId;
        call.contactId = booked.contactId();
        call.approvalId = booked.approvalId();
        call.eventTypeName = booked.eventTypeName();
        call.kind = booked.kind();
        call.hostId = booked.host().userId();
        call.hostName = booked.host().name();
        call.hostEmail = booked.host().email();
        call.setById = booked.setBy() == null ? null : booked.setBy().userId();
        call.setByName = booked.setBy() == null ? null : booked.setBy().name();
        if (booked.invitee() != null) {
            call.inviteeEmail = booked.invitee().email();
            call.inviteeName = booked.invitee().name();
            call.inviteePhone = booked.invitee().phone();
            call.inviteeTimeZone = booked.invitee().timeZone();
        }
        call.answers = JsonList.of(booked.answers());
        call.startAt = booked.start();
        call.endAt = booked.end();
        call.status = KnownCall.BOOKED;
        call.updatedAt = clock.instant();
        return call;
    }

    private Instant at(CloudEvent event) {
        return event.time() != null ? event.time() : clock.instant();
    }
}
