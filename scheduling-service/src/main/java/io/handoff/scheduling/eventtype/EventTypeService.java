package io.handoff.scheduling.eventtype;

import io.handoff.directory.Directory;
import io.handoff.directory.KnownUser;
import io.handoff.platform.json.JsonList;
import io.handoff.platform.outbox.OutboxWriter;
import io.handoff.platform.problem.FieldError;
import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Defines and changes event types: plan gate for discovery calls, hosts that are active members, a coherent
 * form; every saved state is announced as event-type.saved.v1.
 */
@ApplicationScoped
public class EventTypeService {

    @Inject
    EventTypeRepository eventTypes;
    @Inject
    Directory directory;
    @Inject
    EventTypeRules rules;
    @Inject
    OutboxWriter outbox;
    @Inject
    Clock clock;

    /** Runs inside the caller's transaction. */
    public Uni<EventTypeView> createEventType(UUID workspaceId, NewEventType request) {
        List<FieldError> problems = rules.formProblems(request);
        if (!problems.isEmpty()) {
            throw Problems.invalid(problems);
        }
        return directory.requireWorkspace(workspaceId).chain(workspace -> {
            if (request.kind() == CallKind.DISCOVERY && !workspace.allowsDiscovery()) {
                throw Problems.unprocessable("plan-required", "Discovery calls need the BUSINESS or ENTERPRISE plan.");
            }
            List<UUID> hostIds = request.hosts().stream().map(HostWeight::userId).distinct().toList();
            return directory.findUsers(workspaceId, hostIds);
        }).chain(known -> {
            requireActiveHosts(request.hosts(), known);
            EventType t = new EventType();
            t.id = UUID.randomUUID();
            t.workspaceId = workspaceId;
            t.name = request.name().strip();
            t.kind = request.kind();
            t.durationMinutes = request.durationMinutes();
            t.assignment = request.assignment();
            t.questions = JsonList.of(request.questions());
            t.disqualificationRules = JsonList.of(request.disqualificationRules());
            t.requiresApprovedDiscovery = Boolean.TRUE.equals(request.requiresApprovedDiscovery());
            t.active = true;
            t.bookingWindowDays = Objects.requireNonNullElse(request.bookingWindowDays(),
                    EventType.DEFAULT_BOOKING_WINDOW_DAYS);
            t.createdAt = clock.instant();
            t.updatedAt = t.createdAt;
            List<EventTypeHost> hosts = request.hosts().stream().map(h -> host(t.id, h)).toList();
            return eventTypes.persist(t).chain(() -> EventTypeHost.persist(hosts.stream()))
                    .chain(() -> announce(t, hosts));
        });
    }

    /** Runs inside the caller's transaction. */
    public Uni<EventTypeView> updateEventType(UUID workspaceId, UUID id, EventTypeChanges changes) {
        return eventTypes.findInWorkspace(workspaceId, id)
                .onItem().ifNull().failWith(() -> Problems.notFound("Event type", id))
                .chain(t -> {
                    if (changes.name() != null) {
                        t.name = changes.name().strip();
                    }
                    if (changes.bookingWindowDays() != null) {
                        t.bookingWindowDays = changes.bookingWindowDays();
                    }
                    if (changes.requiresApprovedDiscovery() != null) {
                        t.requiresApprovedDiscovery = changes.requiresApprovedDiscovery();
                    }
                    t.updatedAt = clock.instant();
                    return eventTypes.hostsOf(t.id).chain(hosts -> announce(t, hosts));
                });
    }

    public Uni<List<EventTypeView>> listEventTypes(UUID workspaceId) {
        return eventTypes.listInWorkspace(workspaceId).chain(list -> list.isEmpty()
                ? Uni.createFrom().item(List.<EventTypeView>of())
                // One after the other: a reactive session runs one query at a time (joined, two or more event
                // types failed with Hibernate Reactive's "Illegal pop() with non-matching JdbcValuesSourceProcessingState").
                : Multi.createFrom().iterable(list)
                .onItem().transformToUniAndConcatenate(t -> eventTypes.hostsOf(t.id).map(h -> EventTypeView.of(t, h)))
                .collect().asList());
    }

    public Uni<EventTypeView> findEventType(UUID workspaceId, UUID id) {
        return eventTypes.findInWorkspace(workspaceId, id)
                .onItem().ifNull().failWith(() -> Problems.notFound("Event type", id))
                .chain(t -> eventTypes.hostsOf(t.id).map(hosts -> EventTypeView.of(t, hosts)));
    }

    /** event-type.saved.v1 in the same transaction: contacts and notifications keep copies of event types. */
    private Uni<EventTypeView> announce(EventType t, List<EventTypeHost> hosts) {
        return outbox.append(io.handoff.events.EventType.EVENT_TYPE_SAVED, t.workspaceId, t.id, EventTypeEvents.saved(t, hosts))
                .map(event -> EventTypeView.of(t, hosts));
    }

    private static void requireActiveHosts(List<HostWeight> requested, List<KnownUser> known) {
        Map<UUID, KnownUser> byId = known.stream().collect(Collectors.toMap(u -> u.id, Function.identity()));
        List<FieldError> errors = new java.util.ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            KnownUser user = byId.get(requested.get(i).userId());
            if (user == null || !user.active) {
                errors.add(new FieldError("hosts[" + i + "].userId", user == null
                        ? "is not a member of this workspace" : "is deactivated and cannot host calls"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
    }

    private static EventTypeHost host(UUID eventTypeId, HostWeight h) {
        EventTypeHost host = new EventTypeHost();
        host.eventTypeId = eventTypeId;
        host.userId = h.userId();
        host.weight = Objects.requireNonNullElse(h.weight(), 1);
        return host;
    }
}
