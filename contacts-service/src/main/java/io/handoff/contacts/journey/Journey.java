package io.handoff.contacts.journey;

import io.handoff.events.Actor;
import io.handoff.events.CloudEvent;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes and reads contacts' journeys. Every change in this service and every event about a contact from
 * another service appends one entry, in the same transaction as the change it tells of.
 */
@ApplicationScoped
public class Journey {

    @Inject
    Clock clock;

    /** Runs inside the caller's transaction. */
    public Uni<Void> record(UUID workspaceId, UUID contactId, String kind, Actor actor, String summary,
                            Map<String, Object> details) {
        return append(workspaceId, contactId, kind, actor, summary, details, null, clock.instant());
    }

    /** An entry told by another service's event: dated by the event, traceable to it. */
    public Uni<Void> recordEvent(CloudEvent event, UUID contactId, String kind, Actor actor, String summary,
                                 Map<String, Object> details) {
        return append(event.workspaceId(), contactId, kind, actor, summary, details, event.id(), event.time());
    }

    public Uni<Page<JourneyView>> listJourney(UUID workspaceId, UUID contactId, PageRequest page) {
        StringBuilder query = new StringBuilder("workspaceId = :workspace and contactId = :contact");
        Parameters params = Parameters.with("workspace", workspaceId).and("contact", contactId);
        if (page.after() != null) {
            query.append(" and (occurredAt > :at or (occurredAt = :at and id > :id))");
            params.and("at", page.after().instant()).and("id", page.after().id());
        }
        query.append(" order by occurredAt, id");
        return JourneyEntry.<JourneyEntry>find(query.toString(), params).range(0, page.fetchSize() - 1).list()
                .map(rows -> Page.of(rows, page, e -> e.occurredAt, e -> e.id, JourneyView::of));
    }

    /**
     * Moves a merged duplicate's journey to the primary contact; each moved entry says which contact it came
     * from (the first one, when a merged contact is merged again).
     */
    public Uni<Integer> repoint(UUID workspaceId, UUID fromContact, String fromEmail, UUID toContact) {
        return JourneyEntry.update("contactId = ?1, mergedFromContactId = coalesce(mergedFromContactId, ?3), "
                        + "mergedFromEmail = coalesce(mergedFromEmail, ?4) where workspaceId = ?2 and contactId = ?3",
                toContact, workspaceId, fromContact, fromEmail);
    }

    /** Builds a details map that skips null values, in the order given. */
    public static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1] instanceof UUID u ? u.toString() : keysAndValues[i + 1]);
            }
        }
        return map;
    }

    private Uni<Void> append(UUID workspaceId, UUID contactId, String kind, Actor actor, String summary,
                             Map<String, Object> details, String sourceEventId, Instant at) {
        JourneyEntry e = new JourneyEntry();
        e.id = UUID.randomUUID();
        e.workspaceId = workspaceId;
        e.contactId = contactId;
        e.kind = kind;
        e.actorKind = actor.kind();
        e.actorUserId = actor.userId();
        e.summary = summary;
        e.details = details == null ? Map.of() : details;
        e.sourceEventId = sourceEventId;
        e.occurredAt = at;
        return e.persist().replaceWithVoid();
    }
}
