package io.handoff.contacts;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.Topics;
import io.handoff.events.scheduling.EventTypeSaved;
import io.handoff.testing.TopicProbe;
import io.restassured.http.ContentType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Event types announced the way scheduling-service announces them (event-type.saved.v1 on handoff.scheduling). */
final class KnownEventTypesFixture {

    private KnownEventTypesFixture() {
    }

    /** A round-robin strategy call of the workspace, hosted by the given users, bookable 60 days ahead. */
    static UUID strategyCall(TopicProbe probe, TestWorkspace ws, List<UUID> hosts) {
        UUID id = UUID.randomUUID();
        save(probe, ws, new EventTypeSaved(id, "Strategy Call", "STRATEGY", 45, "ROUND_ROBIN", hosts, 60, false, true));
        return id;
    }

    static void save(TopicProbe probe, TestWorkspace ws, EventTypeSaved saved) {
        probe.publish(Topics.SCHEDULING, CloudEvent.of(EventType.EVENT_TYPE_SAVED, "/handoff/scheduling-service", ws.id(),
                saved.eventTypeId().toString(), saved, Instant.now()));
    }

    /**
     * Waits until contacts-service knows the event type: an approval starting in the past is then refused for
     * its start, no longer for its event type (a refused approval changes nothing).
     */
    static void awaitKnown(TestWorkspace ws, String contact, UUID eventType, Map<String, String> notes) {
        String approved = StageManagementTest.stages(ws).getString("items.find { it.name == 'Approved' }.id");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("stageId", approved, "booking", Map.of("eventTypeId", eventType.toString(),
                        "start", "2001-01-01T00:00:00Z"), "handoffNotes", notes))
                .put("/api/v1/contacts/" + contact + "/stage").then().extract().path("type"),
                type -> "https://handoff.dev/problems/start-in-past".equals(type));
    }
}
