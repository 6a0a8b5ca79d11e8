package io.handoff.scheduling.call;

import io.handoff.events.Actor;
import io.handoff.events.EventType;
import io.handoff.platform.database.Causes;
import io.handoff.platform.outbox.OutboxWriter;
import io.handoff.platform.problem.Problems;
import io.handoff.scheduling.eventtype.EventTypeRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Reschedules and cancels calls, keeping each change in the call's history and announcing it
 * (call.rescheduled.v1, call.cancelled.v1). Only live calls that have not ended can change.
 */
@ApplicationScoped
public class CallChangeService {

    @Inject
    CallRepository calls;
    @Inject
    RescheduleHost rescheduleHost;
    @Inject
    EventTypeRepository eventTypes;
    @Inject
    CallViews views;
    @Inject
    OutboxWriter outbox;
    @Inject
    Clock clock;

    /** Runs inside the caller's transaction. */
    public Uni<CallView> rescheduleCall(UUID workspaceId, UUID userId, UUID callId, CallReschedule request) {
        Instant now = clock.instant();
        return changeable(workspaceId, callId, now).chain(call -> eventTypes.findInWorkspace(workspaceId, call.eventTypeId)
                .chain(type -> rescheduleHost.choose(type, call, request, now).chain(option -> {
                    UUID previousHost = call.hostId;
                    Instant previousStart = call.startAt;
                    Instant previousEnd = call.endAt;
                    call.hostId = option.host().hostId();
                    call.startAt = request.start();
                    call.endAt = request.start().plus(Duration.ofMinutes(type.durationMinutes));
                    call.blockedFrom = call.startAt.minusSeconds(option.plan().schedule().bufferBeforeSeconds());
                    call.blockedTo = call.endAt.plusSeconds(option.plan().schedule().bufferAfterSeconds());
                    call.rescheduleCount++;
                    call.updatedAt = now;
                    CallChange change = change(call, CallChange.RESCHEDULED, userId, request.reason(), now);
                    change.previousHostId = previousHost;
                    change.previousStart = previousStart;
                    change.previousEnd = previousEnd;
                    change.hostId = call.hostId;
                    change.startAt = call.startAt;
                    change.endAt = call.endAt;
                    return Panache.getSession().chain(session -> session.flush())
                            .onFailure(CallChangeService::isOverlap).transform(e -> new BookingRefused(Refusal.SLOT_TAKEN,
                                    "The slot at " + request.start() + " was taken meanwhile."))
                            .chain(() -> change.persist())
                            .chain(() -> outbox.append(EventType.CALL_RESCHEDULED, workspaceId, call.id,
                                    CallEvents.rescheduled(call, previousHost, previousStart, previousEnd,
                                            Actor.user(userId), request.reason())));
                }))
                .chain(() -> views.of(call)));
    }

    /** Runs inside the caller's transaction; the caller's right to cancel as ADMIN is checked before. */
    public Uni<CallView> cancelCall(UUID workspaceId, UUID userId, UUID callId, CallCancellation request) {
        Instant now = clock.instant();
        return changeable(workspaceId, callId, now).chain(call -> {
            call.status = CallStatus.CANCELLED;
            call.cancelledBy = request.by().name();
            call.cancelReason = request.reason().strip();
            call.cancelledAt = now;
            call.updatedAt = now;
            CallChange change = change(call, CallChange.CANCELLED, userId, call.cancelReason, now);
            return change.persist()
                    .chain(() -> outbox.append(EventType.CALL_CANCELLED, workspaceId, call.id,
                            CallEvents.cancelled(call, Actor.user(userId))))
                    .chain(() -> views.of(call));
        });
    }

    private Uni<Call> changeable(UUID workspaceId, UUID callId, Instant now) {
        return calls.findInWorkspace(workspaceId, callId)
                .onItem().ifNull().failWith(() -> Problems.notFound("Call", callId))
                .invoke(call -> {
                    if (call.status == CallStatus.CANCELLED) {
                        throw Problems.conflict("Call " + callId + " is cancelled.");
                    }
                    if (!call.endAt.isAfter(now)) {
                        throw Problems.unprocessable("call-past", "Call " + callId + " has already taken place.");
                    }
                });
    }

    private static CallChange change(Call call, String kind, UUID userId, String reason, Instant now) {
        CallChange change = new CallChange();
        change.id = UUID.randomUUID();
        change.callId = call.id;
        change.workspaceId = call.workspaceId;
        change.kind = kind;
        change.reason = reason;
        change.actorKind = Actor.USER;
        change.actorUserId = userId;
        change.changedAt = now;
        return change;
    }

    /** The exclusion constraint's verdict (SQLSTATE 23P01), however deep the driver wraps it. */
    static boolean isOverlap(Throwable failure) {
        return Causes.anyMatch(failure, t -> t instanceof PgException pg && "23P01".equals(pg.getSqlState()));
    }
}
