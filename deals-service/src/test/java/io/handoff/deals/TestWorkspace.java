package io.handoff.deals;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.Actor;
import io.handoff.events.Invitee;
import io.handoff.events.PersonRef;
import io.handoff.events.Topics;
import io.handoff.events.contacts.ContactCreated;
import io.handoff.events.contacts.ContactMerged;
import io.handoff.events.contacts.UserProfile;
import io.handoff.events.contacts.WorkspaceSettings;
import io.handoff.events.outcomes.OutcomeRecorded;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.testing.TestInfrastructure;
import io.handoff.testing.Tokens;
import io.handoff.testing.TopicProbe;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * A fresh tenant (admin, manager, setter, closer) made the way deals-service learns of one: workspace.created.v1
 * and user.created.v1 published to contacts-service's topic and awaited until applied; its contacts, calls and
 * outcomes are published the same way, as their owning services would.
 */
public record TestWorkspace(TopicProbe probe, UUID id, UUID adminId, UUID managerId, UUID setterId, UUID closerId) {

    private static final String CONTACTS_SOURCE = "/handoff/contacts-service";

    public static TestWorkspace open(TopicProbe probe) {
        TestWorkspace ws = new TestWorkspace(probe, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID());
        String slug = "ws-" + ws.id.toString().substring(0, 8);
        var settings = new WorkspaceSettings(ws.id, "Acme " + slug, slug, "EUR", "Europe/Berlin", "BUSINESS", 5);
        probe.publish(Topics.CONTACTS, CloudEvent.of(EventType.WORKSPACE_CREATED, CONTACTS_SOURCE, ws.id,
                ws.id.toString(), settings, Instant.now()));
        ws.addUser(ws.adminId, "Ada Admin", "ADMIN");
        ws.addUser(ws.managerId, "Mia Manager", "MANAGER");
        ws.addUser(ws.setterId, "Sam Setter", "USER");
        ws.addUser(ws.closerId, "Cleo Closer", "USER");
        awaitRows("select count(*) from known_workspace where id = ?", ws.id, 1);
        awaitRows("select count(*) from known_user where workspace_id = ?", ws.id, 4);
        return ws;
    }

    /** Publishes another member of this workspace and waits until the service knows them. */
    public UUID addUser(UUID userId, String name, String role) {
        var profile = new UserProfile(userId, id, name, name.toLowerCase().replace(' ', '.') + "@acme.test",
                "Europe/Berlin", role, true);
        probe.publish(Topics.CONTACTS, CloudEvent.of(EventType.USER_CREATED, CONTACTS_SOURCE, id, userId.toString(),
                profile, Instant.now()));
        return userId;
    }

    /** Publishes call.booked.v1 as scheduling-service would and waits until the service knows the call. */
    public UUID bookCall(UUID contactId, UUID hostId, UUID setById) {
        UUID callId = UUID.randomUUID();
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(1));
        var booked = new CallBooked(callId, UUID.randomUUID(), "Strategy Call", "STRATEGY",
                new PersonRef(hostId, "Host", "host@acme.test"), null, contactId, null,
                new Invitee("lee@example.com", "Lee Lead", null, "America/New_York"), start,
                start.plus(Duration.ofMinutes(45)), setById == null ? null : new PersonRef(setById, "Setter", null),
                setById == null ? "PUBLIC" : "APPROVAL", List.of(), null);
        probe.publish(Topics.SCHEDULING, CloudEvent.of(EventType.CALL_BOOKED, "/handoff/scheduling-service", id,
                callId.toString(), booked, Instant.now()));
        awaitRows("select count(*) from known_call where id = ?", callId, 1);
        return callId;
    }

    /** Publishes contact.created.v1 as contacts-service would and waits until the service knows the contact. */
    public UUID addContact(String email) {
        UUID contactId = UUID.randomUUID();
        var created = new ContactCreated(contactId, email, "Lee Lead", null, null, "QUALIFIED", null, null, null, null,
                Actor.system());
        probe.publish(Topics.CONTACTS, CloudEvent.of(EventType.CONTACT_CREATED, CONTACTS_SOURCE, id,
                contactId.toString(), created, Instant.now()));
        awaitRows("select count(*) from known_contact where id = ?", contactId, 1);
        return contactId;
    }

    /** Publishes contact.merged.v1 (keyed by the primary) and waits until the duplicate is known as merged. */
    public void mergeContacts(UUID primaryId, UUID duplicateId) {
        probe.publish(Topics.CONTACTS, CloudEvent.of(EventType.CONTACT_MERGED, CONTACTS_SOURCE, id,
                primaryId.toString(), new ContactMerged(primaryId, duplicateId, Actor.user(adminId)), Instant.now()));
        awaitRows("select count(*) from known_contact where id = ? and merged_into_id is not null", duplicateId, 1);
    }

    /**
     * Publishes outcome.recorded.v1 for a strategy call as outcomes-service would (host and setter left to the
     * call) and waits until the service has consumed it, whatever it made of it.
     */
    public void recordOutcome(UUID callId, UUID contactId, String result, int revision) {
        boolean sale = "SALE".equals(result);
        var recorded = new OutcomeRecorded(UUID.randomUUID(), callId, contactId, "STRATEGY", revision, result,
                sale ? "NO_OBJECTION" : null, sale ? null : "NOT_INTERESTED", null, null, null, null,
                Actor.user(closerId), Instant.now());
        publishAndAwait(Topics.OUTCOMES, CloudEvent.of(EventType.OUTCOME_RECORDED, "/handoff/outcomes-service", id,
                callId.toString(), recorded, Instant.now()));
    }

    /** Publishes an event and waits until the service's consumer has processed it (its id is in the inbox). */
    public void publishAndAwait(String topic, CloudEvent event) {
        probe.publish(topic, event);
        awaitRows("select count(*) from inbox_event where event_id = cast(? as text)", UUID.fromString(event.id()), 1);
    }

    public String adminToken() {
        return Tokens.user(id, adminId, "ADMIN");
    }

    public String managerToken() {
        return Tokens.user(id, managerId, "MANAGER");
    }

    /** A plain member (the setter): works deals, configures nothing. */
    public String userToken() {
        return Tokens.user(id, setterId, "USER");
    }

    public String closerToken() {
        return Tokens.user(id, closerId, "USER");
    }

    /** Waits for the service's projections, read straight from its database. */
    static void awaitRows(String countQuery, UUID id, int expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> count(countQuery, id) == expected);
    }

    static long count(String query, UUID id) throws SQLException {
        try (Connection db = DriverManager.getConnection(TestInfrastructure.get().jdbcUrl(), "postgres", "postgres");
             PreparedStatement statement = db.prepareStatement(query)) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
