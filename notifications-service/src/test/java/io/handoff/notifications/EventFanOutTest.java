package io.handoff.notifications;

import io.handoff.events.CloudEvent;
import io.handoff.events.Topics;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Which consumed events become deliveries: one per subscribed endpoint, once per event id, never for
 * internal types. A marker with the same key follows each event under test: once the marker is handled,
 * so is everything before it on that partition.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class EventFanOutTest {

    private final TopicProbe probe = new TopicProbe();
    private final WebhookReceiver receiver = WebhookReceiver.start();

    @AfterEach
    void close() {
        receiver.close();
        probe.close();
    }

    @Test
    void shouldPlanOneDeliveryForARedeliveredEvent() {
        TestWorkspace ws = TestWorkspace.open(probe);
        String id = ws.createEndpoint(receiver.url("once")).getString("id");
        CloudEvent booked = SampleEvents.callBooked(ws);
        CloudEvent marker = SampleEvents.callCancelled(ws, UUID.fromString(booked.subject()));

        probe.publish(Topics.SCHEDULING, booked);
        probe.publish(Topics.SCHEDULING, booked);
        probe.publish(Topics.SCHEDULING, marker);

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.requests("once").stream()
                .anyMatch(r -> r.body().contains("\"call.cancelled\"")));
        assertThat(ws.deliveries(id).getList("items.eventId")).containsExactlyInAnyOrder(booked.id(), marker.id());
        assertThat(receiver.requests("once")).filteredOn(r -> r.body().contains("\"call.booked\"")).hasSize(1);
    }

    @Test
    void shouldForwardOnlySubscribedPublicEventTypes() {
        TestWorkspace ws = TestWorkspace.open(probe);
        String callsOnly = ws.createEndpoint(receiver.url("calls"), "call.booked").getString("id");
        String everything = ws.createEndpoint(receiver.url("all")).getString("id");
        UUID contactId = UUID.randomUUID();
        UUID callId = UUID.randomUUID();

        ws.addUser(probe, "USER");
        probe.publish(Topics.CONTACTS, SampleEvents.bookingRequested(ws, contactId));
        probe.publish(Topics.CONTACTS, SampleEvents.contactCreated(ws, contactId));
        probe.publish(Topics.SCHEDULING, SampleEvents.callCancelled(ws, callId));
        CloudEvent booked = SampleEvents.callBooked(ws);
        probe.publish(Topics.SCHEDULING, booked);

        await().atMost(Duration.ofSeconds(20)).until(() -> ws.deliveries(everything).getList("items").size() == 3
                && ws.deliveries(callsOnly).getList("items").size() == 1);
        assertThat(ws.deliveries(everything).getList("items.eventType", String.class))
                .containsExactlyInAnyOrder("contact.created", "call.cancelled", "call.booked");
        assertThat(ws.deliveries(callsOnly).getList("items.eventId", String.class)).containsExactly(booked.id());
        assertThat(receiver.awaitRequests("all", 3)).extracting(r -> JsonPath.from(r.body()).getString("type"))
                .containsExactlyInAnyOrder("contact.created", "call.cancelled", "call.booked");
    }
}
