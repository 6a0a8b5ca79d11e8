package io.handoff.outcomes.call;

import io.handoff.events.CloudEvent;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.CallCancelled;
import io.handoff.events.scheduling.CallRescheduled;
import io.handoff.outcomes.analytics.AffectedDays;
import io.handoff.outcomes.analytics.AnalyticsRollup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.UUID;

/**
 * Keeps the call table up to date from scheduling-service's events. Every change is an idempotent
 * upsert: a booking seen twice changes nothing, a reschedule older than what is applied is ignored,
 * and a cancellation is final. Each change refreshes the analytics days it touches.
 */
@ApplicationScoped
public class CallProjection {

    private static final Logger LOG = Logger.getLogger(CallProjection.class);

    @Inject
    CallRepository calls;
    @Inject
    AnalyticsRollup rollup;

    /** Runs inside the consumer's transaction. */
    public Uni<Void> booked(CloudEvent event, CallBooked booked) {
        UUID workspaceId = event.workspaceId();
        return rollup.lock(workspaceId).chain(() -> calls.findById(booked.callId())).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            Call c = new Call();
            c.id = booked.callId();
            c.workspaceId = workspaceId;
            c.eventTypeId = booked.eventTypeId();
            c.kind = CallKind.valueOf(booked.kind());
            c.hostId = booked.host().userId();
            c.contactId = booked.contactId();
            c.setById = booked.setBy() == null ? null : booked.setBy().userId();
            c.start = booked.start();
            c.end = booked.end();
            c.status = CallStatus.BOOKED;
            c.updatedAt = event.time();
            c.utmSource = booked.utm() == null || booked.utm().source() == null || booked.utm().source().isBlank()
                    ? null : booked.utm().source().strip();
            c.leadId = booked.leadId();
            // Deals may have named this call before it arrived: their days change group (event type, UTM) too.
            return calls.persist(c).chain(() -> rememberEventType(workspaceId, booked))
                    .chain(() -> rollup.withDealsOf(workspaceId, c.id, AffectedDays.of(c.start)))
                    .chain(affected -> rollup.refresh(workspaceId, affected));
        });
    }

    /** Runs inside the consumer's transaction. */
    public Uni<Void> rescheduled(CloudEvent event, CallRescheduled moved) {
        return rollup.lock(event.workspaceId()).chain(() -> known(event, moved.callId())).chain(c -> {
            if (c == null || c.updatedAt.isAfter(event.time())) {
                return Uni.createFrom().voidItem();
            }
            Instant before = c.start;
            c.start = moved.start();
            c.end = moved.end();
            c.hostId = moved.hostId() == null ? c.hostId : moved.hostId();
            c.updatedAt = event.time();
            c.rescheduled = true;
            return rollup.refresh(c.workspaceId, AffectedDays.of(before, c.start));
        });
    }

    /** Runs inside the consumer's transaction. */
    public Uni<Void> cancelled(CloudEvent event, CallCancelled cancelled) {
        return rollup.lock(event.workspaceId()).chain(() -> known(event, cancelled.callId())).chain(c -> {
            if (c == null) {
                return Uni.createFrom().voidItem();
            }
            c.status = CallStatus.CANCELLED;
            c.updatedAt = c.updatedAt.isAfter(event.time()) ? c.updatedAt : event.time();
            return rollup.refresh(c.workspaceId, AffectedDays.of(c.start));
        });
    }

    private Uni<Void> rememberEventType(UUID workspaceId, CallBooked booked) {
        if (booked.eventTypeName() == null) {
            return Uni.createFrom().voidItem();
        }
        return KnownEventType.<KnownEventType>find("workspaceId = ?1 and id = ?2", workspaceId, booked.eventTypeId())
                .firstResult().chain(known -> {
            if (known != null) {
                known.name = booked.eventTypeName();
                return Uni.createFrom().voidItem();
            }
            KnownEventType type = new KnownEventType();
            type.id = booked.eventTypeId();
            type.workspaceId = workspaceId;
            type.name = booked.eventTypeName();
            return type.persist().replaceWithVoid();
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
