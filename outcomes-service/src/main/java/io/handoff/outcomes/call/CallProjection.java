package io.handoff.outcomes.call;

import io.handoff.events.CloudEvent;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.CallCancelled;
import io.handoff.events.scheduling.CallRescheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Keeps the call table up to date from scheduling-service's events. Every change is an idempotent
 * upsert: a booking seen twice changes nothing, a reschedule older than what is applied is ignored,
 * and a cancellation is final.
 */
@ApplicationScoped
public class CallProjection {

    private static final Logger LOG = Logger.getLogger(CallProjection.class);

    @Inject
    CallRepository calls;

    /** Runs inside the consumer's transaction. */
    public Uni<Void> booked(CloudEvent event, CallBooked booked) {
        return calls.findById(booked.callId()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            Call c = new Call();
            c.id = booked.callId();
            c.workspaceId = event.workspaceId();
            c.eventTypeId = booked.eventTypeId();
            c.kind = CallKind.valueOf(booked.kind());
            c.hostId = booked.host().userId();
            c.contactId = booked.contactId();
            c.setById = booked.setBy() == null ? null : booked.setBy().userId();
            c.start = booked.start();
            c.end = booked.end();
            c.status = CallStatus.BOOKED;
            c.updatedAt = event.time();
            return calls.persist(c).replaceWithVoid();
        });
    }

    /** Runs inside the consumer's transaction. */
    public Uni<Void> rescheduled(CloudEvent event, CallRescheduled moved) {
        return known(event, moved.callId()).chain(c -> {
            if (c == null || c.updatedAt.isAfter(event.time())) {
                return Uni.createFrom().voidItem();
            }
            c.start = moved.start();
            c.end = moved.end();
            c.hostId = moved.hostId() == null ? c.hostId : moved.hostId();
            c.updatedAt = event.time();
            return Uni.createFrom().voidItem();
        });
    }

    /** Runs inside the consumer's transaction. */
    public Uni<Void> cancelled(CloudEvent event, CallCancelled cancelled) {
        return known(event, cancelled.callId()).chain(c -> {
            if (c != null) {
                c.status = CallStatus.CANCELLED;
                c.updatedAt = c.updatedAt.isAfter(event.time()) ? c.updatedAt : event.time();
            }
            return Uni.createFrom().voidItem();
        });
    }

    /**
     * A call's events share its id as key, so its booking always comes first; a change to a call never
     * booked is logged rather than retried, as retrying cannot make the booking appear.
     */
    private Uni<Call> known(CloudEvent event, UUID callId) {
        return calls.findInWorkspace(event.workspaceId(), callId).invoke(c -> {
            if (c == null) {
                LOG.warnf("%s %s names call %s, which was never booked in workspace %s; ignored",
                        event.type(), event.id(), callId, event.workspaceId());
            }
        });
    }
}
