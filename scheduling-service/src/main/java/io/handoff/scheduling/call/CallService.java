package io.handoff.scheduling.call;

import io.handoff.directory.Directory;
import io.handoff.events.PersonRef;
import io.handoff.events.Utm;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.handoff.platform.problem.Problems;
import io.handoff.scheduling.eventtype.EventTypeRepository;
import io.handoff.scheduling.lead.FormEvaluation;
import io.handoff.scheduling.lead.Lead;
import io.handoff.scheduling.lead.LeadRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

/** Calls booked by users (set by them), and reading calls: one with its history, or a filtered list. */
@ApplicationScoped
public class CallService {

    @Inject
    BookingService booking;
    @Inject
    CallRepository calls;
    @Inject
    CallViews views;
    @Inject
    EventTypeRepository eventTypes;
    @Inject
    LeadRepository leads;
    @Inject
    Directory directory;
    @Inject
    Clock clock;

    /** Runs inside the caller's transaction; the caller becomes the call's setter. */
    public Uni<CallView> createCall(UUID workspaceId, UUID callerId, NewCall request) {
        return eventTypes.findInWorkspace(workspaceId, request.eventTypeId())
                .onItem().ifNull().failWith(() -> Problems.notFound("Event type", request.eventTypeId()))
                .chain(type -> {
                    if (!type.active) {
                        throw Problems.notFound("Event type", request.eventTypeId());
                    }
                    FormEvaluation answers = new FormEvaluation(type, request.answers(), false);
                    if (!answers.errors().isEmpty()) {
                        throw Problems.invalid(answers.errors());
                    }
                    return directory.findUser(workspaceId, callerId).chain(caller -> leads
                            .findByEmail(workspaceId, request.invitee().email())
                            .chain(lead -> booking.book(new Booking(type, request.hostId(), request.start(),
                                    request.invitee().toInvitee(), lead == null ? null : lead.id, request.contactId(),
                                    null, caller != null ? caller.ref() : new PersonRef(callerId, null, null),
                                    BookedVia.INTERNAL, answers.answers(), utm(request, lead)))));
                })
                .chain(views::of);
    }

    public Uni<CallView> findCall(UUID workspaceId, UUID id) {
        return calls.findInWorkspace(workspaceId, id)
                .onItem().ifNull().failWith(() -> Problems.notFound("Call", id))
                .chain(call -> views.of(call).chain(view -> calls.historyOf(call.id)
                        .map(changes -> view.withHistory(changes.stream().map(CallView.Change::of).toList()))));
    }

    public Uni<Page<CallView>> listCalls(UUID workspaceId, CallListParams params, PageRequest page) {
        return directory.requireWorkspace(workspaceId)
                .map(workspace -> params.toFilter(ZoneId.of(workspace.timeZone)))
                .chain(filter -> calls.listPage(workspaceId, filter, page, clock.instant())).chain(rows -> {
            Page<Call> calls = Page.of(rows, page, c -> c.startAt, c -> c.id, c -> c);
            return views.of(workspaceId, calls.items()).map(items -> new Page<>(items, calls.nextCursor()));
        });
    }

    /** The request's UTM, or else the lead's, so that a call set later keeps the lead's tracking. */
    private static Utm utm(NewCall request, Lead lead) {
        if (request.utm() != null) {
            return request.utm().toUtm();
        }
        if (lead == null || lead.utmSource == null && lead.utmMedium == null && lead.utmCampaign == null) {
            return null;
        }
        return new Utm(lead.utmSource, lead.utmMedium, lead.utmCampaign, lead.utmTerm, lead.utmContent);
    }
}
