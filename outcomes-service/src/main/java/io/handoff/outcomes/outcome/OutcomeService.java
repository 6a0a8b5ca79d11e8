package io.handoff.outcomes.outcome;

import io.handoff.directory.Directory;
import io.handoff.events.Actor;
import io.handoff.events.EventType;
import io.handoff.events.outcomes.OutcomeRecorded;
import io.handoff.outcomes.analytics.AffectedDays;
import io.handoff.outcomes.analytics.AnalyticsRollup;
import io.handoff.outcomes.call.Call;
import io.handoff.outcomes.call.CallKind;
import io.handoff.outcomes.call.CallRepository;
import io.handoff.outcomes.call.CallStatus;
import io.handoff.outcomes.mapping.StageMappingService;
import io.handoff.platform.outbox.OutboxWriter;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Records the outcome of a past call, lets admins and managers correct it (keeping every revision), and
 * reads outcomes back. Every recorded revision is announced as outcome.recorded.v1, keyed by the call, with the
 * stage the workspace's mapping moves the contact to, and counted in analytics in the same transaction.
 */
@ApplicationScoped
public class OutcomeService {

    @Inject
    CallRepository calls;
    @Inject
    OutcomeRepository outcomes;
    @Inject
    OutcomeRevisionRepository revisions;
    @Inject
    Directory directory;
    @Inject
    OutboxWriter outbox;
    @Inject
    StageMappingService stageMapping;
    @Inject
    AnalyticsRollup rollup;
    @Inject
    Clock clock;

    /**
     * Runs inside the caller's transaction. The first recording is revision 1; a different outcome later is
     * a correction, which only a user who may configure the workspace (admin, manager) makes. Recording the
     * current outcome again changes nothing, so a retried PUT is harmless for every role.
     */
    public Uni<OutcomeView> recordOutcome(UUID workspaceId, UUID userId, boolean mayCorrect, UUID callId,
                                          NewOutcome input) {
        return rollup.lock(workspaceId).chain(() -> calls.lockInWorkspace(workspaceId, callId))
                .onItem().ifNull().failWith(() -> Problems.notFound("Call", callId))
                .call(this::requireRecordable)
                .chain(call -> {
                    OutcomeRules.check(call.kind, input);
                    return outcomes.findByCall(workspaceId, callId).chain(current -> {
                        if (current == null) {
                            return create(call, userId, input);
                        }
                        if (current.sameAs(input)) {
                            return Uni.createFrom().item(current);
                        }
                        if (!mayCorrect) {
                            throw Problems.forbidden("Call " + callId + " has an outcome; only admins and managers "
                                    + "may correct it.");
                        }
                        return correct(current, call, userId, input);
                    });
                })
                .map(OutcomeView::of);
    }

    /** The call's current outcome; 404 names whether the call or only its outcome is missing. */
    public Uni<OutcomeView> findOutcome(UUID workspaceId, UUID callId) {
        return outcomes.findByCall(workspaceId, callId).chain(outcome -> outcome != null
                ? Uni.createFrom().item(OutcomeView.of(outcome))
                : requireCall(workspaceId, callId).map(call -> {
                    throw Problems.notFound("Outcome of call", callId);
                }));
    }

    /** Every revision of the call's outcome, oldest first (empty while it has none). */
    public Uni<Page<OutcomeRevisionView>> listHistory(UUID workspaceId, UUID callId) {
        return requireCall(workspaceId, callId).chain(call -> revisions.listByCall(workspaceId, callId))
                .map(list -> new Page<>(list.stream().map(OutcomeRevisionView::of).toList(), null));
    }

    public Uni<Page<OutcomeView>> listOutcomes(UUID workspaceId, OutcomeFilter filter, PageRequest page) {
        return outcomes.listPage(workspaceId, filter, page)
                .map(rows -> Page.of(rows, page, o -> o.createdAt, o -> o.id, OutcomeView::of));
    }

    /** Only a call that took place gets an outcome, and a discovery call's only on a plan that has them. */
    private Uni<Void> requireRecordable(Call call) {
        if (call.status == CallStatus.CANCELLED) {
            throw Problems.conflict("Call " + call.id + " was cancelled, so it has no outcome.");
        }
        if (!call.endedBefore(clock.instant())) {
            throw Problems.conflict("Call " + call.id + " ends at " + call.end + "; record its outcome after it.");
        }
        if (call.kind != CallKind.DISCOVERY) {
            return Uni.createFrom().voidItem();
        }
        return directory.findWorkspace(call.workspaceId).map(workspace -> {
            if (workspace == null || !workspace.allowsDiscovery()) {
                throw Problems.unprocessable("plan-required", "Outcomes of discovery calls need the BUSINESS or "
                        + "ENTERPRISE plan; this workspace's plan is " + (workspace == null ? "not known yet"
                        : workspace.plan) + ".");
            }
            return null;
        });
    }

    private Uni<Outcome> create(Call call, UUID userId, NewOutcome input) {
        Outcome o = new Outcome();
        o.id = UUID.randomUUID();
        o.workspaceId = call.workspaceId;
        o.callId = call.id;
        o.callKind = call.kind;
        revise(o, call, userId, input);
        return outcomes.persist(o).chain(() -> keepAndAnnounce(o, call));
    }

    private Uni<Outcome> correct(Outcome o, Call call, UUID userId, NewOutcome input) {
        revise(o, call, userId, input);
        return keepAndAnnounce(o, call);
    }

    /** Makes the input the outcome's next revision; who hosted and set the call is taken as it is now. */
    private void revise(Outcome o, Call call, UUID userId, NewOutcome input) {
        o.revision++;
        o.result = input.result();
        o.objection = input.objection();
        o.reason = input.reason();
        o.notes = input.cleanNotes();
        o.contactId = call.contactId;
        o.hostId = call.hostId;
        o.setById = call.setById;
        o.recordedBy = userId;
        // Microseconds, as PostgreSQL stores them: the answer shows what a later read returns.
        o.recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        o.createdAt = o.createdAt == null ? o.recordedAt : o.createdAt;
    }

    private Uni<Outcome> keepAndAnnounce(Outcome o, Call call) {
        return revisions.persist(OutcomeRevision.of(o))
                .chain(() -> stageMapping.findStage(o.workspaceId, o.result, o.reason))
                .chain(stageId -> outbox.append(EventType.OUTCOME_RECORDED, o.workspaceId, o.callId, recorded(o, stageId)))
                .chain(() -> rollup.refresh(o.workspaceId, AffectedDays.of(call.start)))
                .replaceWith(o);
    }

    private Uni<Call> requireCall(UUID workspaceId, UUID callId) {
        return calls.findInWorkspace(workspaceId, callId)
                .onItem().ifNull().failWith(() -> Problems.notFound("Call", callId));
    }

    /** Without a stageId (no entry of the mapping matches), contacts-service applies its default stages. */
    private static OutcomeRecorded recorded(Outcome o, UUID stageId) {
        return new OutcomeRecorded(o.id, o.callId, o.contactId, o.callKind.name(), o.revision, o.result.name(),
                o.objection == null ? null : o.objection.name(), o.reason == null ? null : o.reason.name(), o.notes,
                o.hostId, o.setById, stageId, Actor.user(o.recordedBy), o.recordedAt);
    }
}
