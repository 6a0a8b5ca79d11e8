package io.handoff.deals.call;

import io.handoff.deals.contact.KnownContactRepository;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.CallRescheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.UUID;

/** Keeps the copy of booked calls from scheduling-service's events, inside the consumer's transaction. */
@ApplicationScoped
public class CallProjection {

    @Inject
    CallRepository calls;
    @Inject
    KnownContactRepository contacts;

    /** A call of a contact merged meanwhile belongs to the primary contact. */
    public Uni<Void> applyBooked(UUID workspaceId, CallBooked booked, Instant at) {
        return contacts.currentIdOf(booked.contactId())
                .chain(contactId -> calls.findById(booked.callId()).chain(found -> {
                    KnownCall c = found != null ? found : new KnownCall();
                    c.id = booked.callId();
                    c.workspaceId = workspaceId;
                    c.contactId = contactId;
                    c.hostId = booked.host().userId();
                    c.setById = booked.setBy() == null ? null : booked.setBy().userId();
                    c.kind = booked.kind();
                    c.start = booked.start();
                    c.end = booked.end();
                    c.updatedAt = at;
                    return found != null ? Uni.createFrom().voidItem() : calls.persist(c).replaceWithVoid();
                }));
    }

    /** A call moved to another host has a new closer; an unknown call is left alone. */
    public Uni<Void> applyRescheduled(UUID workspaceId, CallRescheduled rescheduled, Instant at) {
        return calls.findInWorkspace(workspaceId, rescheduled.callId()).map(c -> {
            if (c != null && !c.updatedAt.isAfter(at)) {
                c.hostId = rescheduled.hostId() == null ? c.hostId : rescheduled.hostId();
                c.start = rescheduled.start();
                c.end = rescheduled.end();
                c.updatedAt = at;
            }
            return null;
        });
    }
}
