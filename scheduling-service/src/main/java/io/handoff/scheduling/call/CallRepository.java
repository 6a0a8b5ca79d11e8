package io.handoff.scheduling.call;

import io.handoff.events.EventJson;
import io.handoff.platform.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Calls of a workspace; every query names the workspace (or an id already scoped to it). */
@ApplicationScoped
public class CallRepository implements PanacheRepositoryBase<Call, UUID> {

    /**
     * Inserts the call unless it would overlap a live call of its host (or reuse an approval id): the
     * exclusion constraint decides, and "on conflict do nothing" keeps the transaction usable when it says no.
     * The answers go in as text: the driver would bind a string to a jsonb parameter as a JSON string.
     */
    private static final String INSERT = "insert into call (id, workspace_id, event_type_id, kind, host_id, start_at, "
            + "end_at, blocked_from, blocked_to, status, booked_via, lead_id, contact_id, approval_id, invitee_email, "
            + "invitee_name, invitee_phone, invitee_time_zone, answers, utm_source, utm_medium, utm_campaign, utm_term, "
            + "utm_content, set_by_id, set_by_name, set_by_email, reschedule_count, created_at, updated_at, version) "
            + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
            + "cast(cast(?19 as text) as jsonb), ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, 0, ?28, ?28, 0) on conflict do nothing";

    public Uni<Boolean> insertIfFree(Call c) {
        Object[] values = {c.id, c.workspaceId, c.eventTypeId, c.kind.name(), c.hostId, utc(c.startAt), utc(c.endAt),
                utc(c.blockedFrom), utc(c.blockedTo), c.status.name(), c.bookedVia.name(), c.leadId, c.contactId,
                c.approvalId, c.inviteeEmail, c.inviteeName, c.inviteePhone, c.inviteeTimeZone,
                EventJson.MAPPER.valueToTree(c.answers).toString(), c.utmSource, c.utmMedium,
                c.utmCampaign, c.utmTerm, c.utmContent, c.setById, c.setByName, c.setByEmail, utc(c.createdAt)};
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(INSERT);
            for (int i = 0; i < values.length; i++) {
                query.setParameter(i + 1, values[i]);
            }
            return query.executeUpdate();
        }).map(inserted -> inserted == 1);
    }

    public Uni<Call> findInWorkspace(UUID workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResult();
    }

    /** Live bookings per host of an event type, for round robin. */
    public Uni<List<HostTally>> tallies(UUID workspaceId, UUID eventTypeId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery("select new "
                                + HostTally.class.getName() + "(c.hostId, count(c), max(c.createdAt)) from Call c "
                                + "where c.workspaceId = ?1 and c.eventTypeId = ?2 and c.status = ?3 group by c.hostId",
                        HostTally.class)
                .setParameter(1, workspaceId).setParameter(2, eventTypeId).setParameter(3, CallStatus.BOOKED)
                .getResultList());
    }

    /** Whether the invitee already holds a live call of this event type that has not ended. */
    public Uni<Boolean> hasUpcoming(UUID workspaceId, String email, UUID eventTypeId, Instant now) {
        return count("workspaceId = ?1 and lower(inviteeEmail) = lower(?2) and eventTypeId = ?3 and status = ?4 "
                + "and endAt > ?5", workspaceId, email, eventTypeId, CallStatus.BOOKED, now).map(n -> n > 0);
    }

    /** One page of the list, keyset-paged on (start, id) in the tab's direction. */
    public Uni<List<Call>> listPage(UUID workspaceId, CallFilter filter, PageRequest page, Instant now) {
        StringBuilder query = new StringBuilder("from Call c where c.workspaceId = :workspace");
        Parameters params = Parameters.with("workspace", workspaceId).and("now", now);
        filter.appendTo(query, params);
        String direction = filter.upcoming() ? "asc" : "desc";
        if (page.after() != null) {
            String beyond = filter.upcoming() ? ">" : "<";
            query.append(" and (c.startAt ").append(beyond).append(" :afterAt or (c.startAt = :afterAt and c.id ")
                    .append(beyond).append(" :afterId))");
            params.and("afterAt", page.after().instant()).and("afterId", page.after().id());
        }
        query.append(" order by c.startAt ").append(direction).append(", c.id ").append(direction);
        return find(query.toString(), params).range(0, page.fetchSize() - 1).list();
    }

    public Uni<List<CallChange>> historyOf(UUID callId) {
        return CallChange.list("callId = ?1 order by seq", callId);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
