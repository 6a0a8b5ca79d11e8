package io.handoff.outcomes;

import io.handoff.events.Actor;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventJson;
import io.handoff.events.EventSchemas;
import io.handoff.events.EventType;
import io.handoff.events.Invitee;
import io.handoff.events.PersonRef;
import io.handoff.events.Topics;
import io.handoff.events.contacts.UserProfile;
import io.handoff.events.contacts.WorkspaceSettings;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.CallCancelled;
import io.handoff.events.scheduling.CallRescheduled;
import io.handoff.testing.TestInfrastructure;
import io.handoff.testing.Tokens;
import io.handoff.testing.TopicProbe;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A fresh workspace made the way contacts-service announces one (workspace.created.v1, user.created.v1 on
 * handoff.contacts), with an admin, a manager, a setter and a closer; and calls booked in it the way
 * scheduling-service announces them. Each test gets its own tenant.
 */
record TestWorkspace(UUID id, String plan, UUID adminId, UUID managerId, UUID setterId, UUID closerId) {

    static final TopicProbe PROBE = new TopicProbe();
    private static final KafkaCompanion PRODUCER = new KafkaCompanion(TestInfrastructure.get().kafkaBootstrap());
    private static final String CONTACTS_SOURCE = "/handoff/contacts-service";
    private static final String SCHEDULING_SOURCE = "/handoff/scheduling-service";

    static TestWorkspace open(String plan) {
        return open(UUID.randomUUID(), plan);
    }

    /** Announces the workspace of the given id (events about it may have come first). */
    static TestWorkspace open(UUID id, String plan) {
        TestWorkspace ws = new TestWorkspace(id, plan, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID());
        publishDirectory(ws.settings(EventType.WORKSPACE_CREATED, "Europe/Berlin"));
        ws.publishUser(ws.adminId, "Ada Admin", "ADMIN");
        ws.publishUser(ws.managerId, "Max Manager", "MANAGER");
        ws.publishUser(ws.setterId, "Sam Setter", "USER");
        ws.publishUser(ws.closerId, "Cleo Closer", "USER");
        Consumption.awaitCaughtUp(Topics.CONTACTS);
        return ws;
    }

    /** Moves the workspace to another time zone (workspace.updated.v1), applied on return. */
    void changeTimeZone(String timeZone) {
        publishDirectory(settings(EventType.WORKSPACE_UPDATED, timeZone));
        Consumption.awaitCaughtUp(Topics.CONTACTS);
    }

    private CloudEvent settings(EventType type, String timeZone) {
        String slug = "ws-" + id.toString().substring(0, 8);
        var settings = new WorkspaceSettings(id, "Acme " + slug, slug, "EUR", timeZone, plan, 5);
        return CloudEvent.of(type, CONTACTS_SOURCE, id, id.toString(), settings, Instant.now());
    }

    /** Another member (a second closer or setter), known to the service on return. */
    UUID addUser(String name, String role) {
        UUID userId = UUID.randomUUID();
        publishUser(userId, name, role);
        Consumption.awaitCaughtUp(Topics.CONTACTS);
        return userId;
    }

    /** A token for any member of this workspace. */
    String token(UUID userId, String role) {
        return Tokens.user(id, userId, role);
    }

    String adminToken() {
        return Tokens.user(id, adminId, "ADMIN");
    }

    String managerToken() {
        return Tokens.user(id, managerId, "MANAGER");
    }

    /** Setters and closers are plain users. */
    String setterToken() {
        return Tokens.user(id, setterId, "USER");
    }

    String closerToken() {
        return Tokens.user(id, closerId, "USER");
    }

    /** A strategy call hosted by the closer, set by the setter, that ended an hour ago; applied on return. */
    UUID pastStrategyCall() {
        return applied(booked("STRATEGY", closerId, Instant.now().minus(Duration.ofHours(2)), Duration.ofMinutes(45)));
    }

    /** A discovery call hosted by the setter that ended an hour ago; applied on return. */
    UUID pastDiscoveryCall() {
        return applied(booked("DISCOVERY", setterId, Instant.now().minus(Duration.ofHours(2)), Duration.ofMinutes(30)));
    }

    CloudEvent booked(String kind, UUID hostId, Instant start, Duration length) {
        UUID callId = UUID.randomUUID();
        var data = new CallBooked(callId, UUID.randomUUID(), kind + " call", kind, new PersonRef(hostId, null, null),
                null, UUID.randomUUID(), null, new Invitee("lee@example.com", "Lee Lead", null, "UTC"), start,
                start.plus(length), new PersonRef(setterId, "Sam Setter", null), "APPROVAL", List.of(), null);
        return CloudEvent.of(EventType.CALL_BOOKED, SCHEDULING_SOURCE, id, callId.toString(), data, Instant.now());
    }

    /** Moves the booked call to a new time with the manager as its host. */
    CloudEvent rescheduled(CloudEvent booked, Instant start, Duration length) {
        CallBooked was = booked.dataAs(CallBooked.class);
        var data = new CallRescheduled(was.callId(), was.contactId(), managerId, start, start.plus(length),
                was.host().userId(), was.start(), was.end(), Actor.user(adminId), "Closer is ill");
        return CloudEvent.of(EventType.CALL_RESCHEDULED, SCHEDULING_SOURCE, id, booked.subject(), data, Instant.now());
    }

    CloudEvent cancelled(UUID callId) {
        var data = new CallCancelled(callId, null, "CONTACT", Actor.contact(), "Cannot make it");
        return CloudEvent.of(EventType.CALL_CANCELLED, SCHEDULING_SOURCE, id, callId.toString(), data, Instant.now());
    }

    /** Publishes call events on handoff.scheduling and waits until the service has consumed them. */
    static void apply(CloudEvent... events) {
        for (CloudEvent event : events) {
            EventSchemas.requireValid(event);
            PROBE.publish(Topics.SCHEDULING, event);
        }
        Consumption.awaitCaughtUp(Topics.SCHEDULING);
    }

    /**
     * Publishes events of any service on their topics, in order, as their outbox relays do (key = subject, same
     * header), through one producer, and waits until the service has consumed them.
     */
    static void deliver(List<CloudEvent> events) {
        Set<String> topics = new LinkedHashSet<>();
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (CloudEvent event : events) {
            EventSchemas.requireValid(event);
            String topic = EventType.ofType(event.type()).orElseThrow().topic();
            var record = new ProducerRecord<>(topic, event.subject(), EventJson.write(event));
            record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
            records.add(record);
            topics.add(topic);
        }
        PRODUCER.produceStrings().fromRecords(records).awaitCompletion(Duration.ofSeconds(60));
        topics.forEach(Consumption::awaitCaughtUp);
    }

    private static UUID applied(CloudEvent booked) {
        apply(booked);
        return UUID.fromString(booked.subject());
    }

    private static void publishDirectory(CloudEvent event) {
        EventSchemas.requireValid(event);
        PROBE.publish(Topics.CONTACTS, event);
    }

    private void publishUser(UUID userId, String name, String role) {
        var profile = new UserProfile(userId, id, name, name.toLowerCase().replace(' ', '.') + "@example.com",
                "Europe/Berlin", role, true);
        publishDirectory(CloudEvent.of(EventType.USER_CREATED, CONTACTS_SOURCE, id, userId.toString(), profile,
                Instant.now()));
    }
}
