package io.handoff.scheduling.call;

import io.handoff.directory.Directory;
import io.handoff.directory.KnownUser;
import io.handoff.events.PersonRef;
import io.handoff.scheduling.eventtype.EventType;
import io.handoff.scheduling.eventtype.EventTypeRepository;
import io.handoff.scheduling.outcome.CallOutcome;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns calls into views with a fixed number of lookups per page: hosts, event type names, outcomes. */
@ApplicationScoped
public class CallViews {

    @Inject
    Directory directory;
    @Inject
    EventTypeRepository eventTypes;
    @Inject
    Clock clock;

    public Uni<CallView> of(Call call) {
        return of(call.workspaceId, List.of(call)).map(views -> views.get(0));
    }

    public Uni<List<CallView>> of(UUID workspaceId, List<Call> calls) {
        if (calls.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> hostIds = calls.stream().map(c -> c.hostId).distinct().toList();
        List<UUID> callIds = calls.stream().map(c -> c.id).toList();
        return directory.findUsers(workspaceId, hostIds).chain(hosts -> eventTypes.listInWorkspace(workspaceId)
                .chain(types -> CallOutcome.<CallOutcome>list("workspaceId = ?1 and callId in ?2", workspaceId, callIds)
                        .map(outcomes -> {
                            Map<UUID, KnownUser> hostOf = hosts.stream().collect(Collectors.toMap(u -> u.id, Function.identity()));
                            Map<UUID, String> nameOf = types.stream().collect(Collectors.toMap(t -> t.id, (EventType t) -> t.name));
                            Map<UUID, String> outcomeOf = outcomes.stream()
                                    .collect(Collectors.toMap(o -> o.callId, o -> o.result));
                            Instant now = clock.instant();
                            return calls.stream().map(c -> view(c, hostOf.get(c.hostId), nameOf.get(c.eventTypeId),
                                    outcomeOf.get(c.id), now)).toList();
                        })));
    }

    private static CallView view(Call c, KnownUser host, String eventTypeName, String outcome, Instant now) {
        List<String> tags = new ArrayList<>();
        if (c.rescheduleCount > 0) {
            tags.add(CallTag.RESCHEDULED.label());
        }
        if (c.status == CallStatus.CANCELLED) {
            tags.add(CallTag.CANCELLED.label());
        }
        if (outcome != null) {
            tags.add(CallTag.OUTCOME_ADDED.label());
        } else if (c.status == CallStatus.BOOKED && !c.endAt.isAfter(now)) {
            tags.add(CallTag.OUTCOME_MISSING.label());
        }
        PersonRef hostRef = host != null ? host.ref() : new PersonRef(c.hostId, null, null);
        CallView.Cancellation cancellation = c.status == CallStatus.CANCELLED
                ? new CallView.Cancellation(c.cancelledBy, c.cancelReason, c.cancelledAt) : null;
        return new CallView(c.id, c.eventTypeId, eventTypeName, c.kind.name(), hostRef, c.startAt, c.endAt, c.status,
                c.bookedVia, c.invitee(), c.leadId, c.contactId, c.approvalId, c.setBy(), c.answers.items(), c.utm(),
                tags, c.rescheduleCount, cancellation, outcome, c.createdAt, null);
    }
}
