package io.handoff.notifications.schedule;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.handoff.platform.problem.Problems;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/**
 * What was and will be sent about a call ({@code ?callId=}: confirmation, reminders, handoff brief) or a
 * contact ({@code ?contactId=}: also qualified alerts and speed-to-lead checks), with statuses and reasons.
 */
@Path("/api/v1/reminders")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
@Cancellable(false)
public class ReminderResource {

    @Inject
    ScheduledNotificationRepository notifications;
    @Inject
    Caller caller;

    @GET
    @WithSession
    public Uni<Page<ReminderView>> listReminders(@QueryParam("callId") UUID callId,
                                                 @QueryParam("contactId") UUID contactId,
                                                 @QueryParam("limit") Integer limit,
                                                 @QueryParam("cursor") String cursor) {
        if ((callId == null) == (contactId == null)) {
            throw Problems.invalid("callId", "give either callId or contactId");
        }
        PageRequest page = PageRequest.of(limit, cursor);
        return notifications.listPage(caller.workspaceId(), callId, contactId, page)
                .map(rows -> Page.of(rows, page, n -> n.dueAt, n -> n.id, ReminderView::of));
    }
}
