package io.handoff.notifications.replicas;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventSchemas;
import io.handoff.events.EventType;
import io.handoff.events.Invitee;
import io.handoff.events.PersonRef;
import io.handoff.events.contacts.UserProfile;
import io.handoff.events.contacts.WorkspaceSettings;
import io.handoff.events.scheduling.CallBooked;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The events other services publish for the replicas' workload, each checked against its schema: a workspace
 * with a manager and a closer (contacts-service), and discovery calls booked on the public page, each with its
 * own invitee (scheduling-service).
 */
final class Bookings {

    final UUID workspaceId = UUID.randomUUID();
    final UUID managerId = UUID.randomUUID();
    final UUID closerId = UUID.randomUUID();

    List<CloudEvent> workspace() {
        String slug = "replicas-" + workspaceId.toString().substring(0, 8);
        return List.of(
                valid(EventType.WORKSPACE_CREATED, "contacts", workspaceId, new WorkspaceSettings(workspaceId,
                        "Replicas " + slug, slug, "EUR", "Europe/Berlin", "BUSINESS", 5)),
                valid(EventType.USER_CREATED, "contacts", managerId, new UserProfile(managerId, workspaceId,
                        "Mia Manager", "mia@" + slug + ".test", "Europe/Berlin", "MANAGER", true)),
                valid(EventType.USER_CREATED, "contacts", closerId, new UserProfile(closerId, workspaceId,
                        "Cole Closer", "cole@" + slug + ".test", "Europe/Berlin", "USER", true)));
    }

    /** The n-th booking: a discovery call with Cole Closer starting at {@code start}, booked by lead n. */
    CloudEvent callBooked(int n, Instant start) {
        UUID callId = UUID.randomUUID();
        var data = new CallBooked(callId, UUID.randomUUID(), "Discovery Call", "DISCOVERY",
                new PersonRef(closerId, "Cole Closer", "cole@example.com"), null, UUID.randomUUID(), null,
                new Invitee(invitee(n), "Lead " + n, null, "Europe/Berlin"), start, start.plusSeconds(1800), null,
                "PUBLIC", List.of(), null);
        return valid(EventType.CALL_BOOKED, "scheduling", callId, data);
    }

    static String invitee(int n) {
        return "lead-" + n + "@replicas.test";
    }

    private CloudEvent valid(EventType type, String service, UUID subject, Object data) {
        CloudEvent event = CloudEvent.of(type, "/handoff/" + service + "-service", workspaceId, subject.toString(),
                data, Instant.now());
        EventSchemas.requireValid(event);
        return event;
    }
}
