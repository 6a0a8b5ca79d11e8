package io.handoff.contacts;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.PersonRef;
import io.handoff.events.Topics;
import io.handoff.events.contacts.BookingRequested;
import io.handoff.events.scheduling.BookingRejected;
import io.handoff.events.scheduling.EventTypeSaved;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** Approve = book a call, contacts side: request, then the booking's answer settles the approval. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class ApprovalSagaTest {

    private static final Map<String, String> NOTES = Map.of("pain", "No pipeline", "timeline", "This quarter",
            "budget", "$5k/month", "decisionMakers", "CEO", "agreedNextStep", "Strategy call");

    private final TopicProbe probe = new TopicProbe();

    @Test
    void shouldBookTheContactWhenSchedulingConfirmsTheCall() {
        TestWorkspace ws = TestWorkspace.open();
        UUID setter = UUID.fromString(ws.addUser("Sam Setter", "USER").statusCode(201).extract().path("id"));
        String contact = ContactListTest.create(ws, Map.of("email", "hot@example.com", "name", "Hot Lead"));
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        UUID eventType = KnownEventTypesFixture.strategyCall(probe, ws, List.of());
        KnownEventTypesFixture.awaitKnown(ws, contact, eventType, NOTES);

        String approvalId = approve(ws, setter, contact, eventType, start, NOTES).statusCode(202)
                .header("Location", containsString("/api/v1/approvals/")).body("status", equalTo("PENDING"))
                .extract().path("id");
        approve(ws, setter, contact, eventType, start, NOTES).statusCode(409);
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + contact).then()
                .body("stageId", equalTo(StageManagementTest.stages(ws).getString("items.find { it.name == 'Approved' }.id")));

        CloudEvent request = probe.awaitOne(Topics.CONTACTS, e -> e.type().equals("booking.requested.v1") && e.subject().equals(contact));
        BookingRequested data = request.dataAs(BookingRequested.class);
        assertThat(data.approvalId()).hasToString(approvalId);
        assertThat(data.hostId()).isNull();
        assertThat(data.requestedBy()).isEqualTo(setter);
        assertThat(data.handoffNotes()).containsEntry("budget", "$5k/month");

        UUID callId = UUID.randomUUID();
        probe.publish(Topics.SCHEDULING, Events.callBooked(ws, callId, UUID.fromString(contact), "hot@example.com",
                UUID.fromString(approvalId), new PersonRef(setter, "Sam Setter", "sam@example.com"), start));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(ws.adminToken())
                .get("/api/v1/approvals/" + approvalId).then().body("status", equalTo("BOOKED")).body("callId", equalTo(callId.toString())));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + contact).then()
                .body("leadStatus", equalTo("BOOKED")).body("setById", equalTo(setter.toString()));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/appointment-setting").then().body("items.id", not(hasItem(contact)));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + contact + "/card").then().statusCode(200)
                .body("upcomingCalls[0].id", equalTo(callId.toString())).body("upcomingCalls[0].setById", equalTo(setter.toString()))
                .body("notes[0].body", org.hamcrest.Matchers.containsString("No pipeline"))
                .body("journey.items.kind", hasItems("CREATED", "STAGE_CHANGED", "NOTE_ADDED", "APPROVAL_REQUESTED", "CALL_BOOKED"));
    }

    @Test
    void shouldPutTheStageBackAndSayWhyWhenTheBookingFails() {
        TestWorkspace ws = TestWorkspace.open();
        String contact = ContactListTest.create(ws, Map.of("email", "late@example.com"));
        String engaged = StageManagementTest.stages(ws).getString("items.find { it.name == 'Engaged' }.id");
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("stageId", engaged))
                .put("/api/v1/contacts/" + contact + "/stage").then().statusCode(200);
        UUID eventType = KnownEventTypesFixture.strategyCall(probe, ws, List.of());
        KnownEventTypesFixture.awaitKnown(ws, contact, eventType, NOTES);
        String approvalId = approve(ws, ws.adminId(), contact, eventType, Instant.now().plus(1, ChronoUnit.DAYS), NOTES)
                .statusCode(202).extract().path("id");

        var rejected = new BookingRejected(UUID.fromString(approvalId), UUID.fromString(contact), "SLOT_TAKEN", "09:00 is booked");
        probe.publish(Topics.SCHEDULING, CloudEvent.of(EventType.BOOKING_REJECTED, "/handoff/scheduling-service", ws.id(),
                contact, rejected, Instant.now()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(ws.adminToken())
                .get("/api/v1/approvals/" + approvalId).then().body("status", equalTo("REJECTED")).body("reason", equalTo("SLOT_TAKEN")));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + contact).then().body("stageId", equalTo(engaged));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + contact + "/journey").then()
                .body("items.find { it.kind == 'BOOKING_REJECTED' }.summary", org.hamcrest.Matchers.containsString("no longer free"));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + contact + "/notes").then()
                .body("items", org.hamcrest.Matchers.empty());
        approve(ws, ws.adminId(), contact, eventType, Instant.now().plus(1, ChronoUnit.DAYS), NOTES).statusCode(202);
    }

    @Test
    void shouldAnswerAtOnceWhatCanBeKnownOfTheBooking() {
        TestWorkspace ws = TestWorkspace.open();
        TestWorkspace other = TestWorkspace.open();
        UUID cole = UUID.fromString(ws.addUser("Cole Closer", "USER").statusCode(201).extract().path("id"));
        UUID kim = UUID.fromString(ws.addUser("Kim Closer", "USER").statusCode(201).extract().path("id"));
        String contact = ContactListTest.create(ws, Map.of("email", "known@example.com"));
        UUID strategy = KnownEventTypesFixture.strategyCall(probe, ws, List.of(cole));
        UUID otherWorkspaces = KnownEventTypesFixture.strategyCall(probe, other, List.of(cole));
        UUID discovery = UUID.randomUUID();
        KnownEventTypesFixture.save(probe, ws, new EventTypeSaved(discovery, "Discovery", "DISCOVERY", 30, "ROUND_ROBIN",
                List.of(cole), 60, false, true));
        KnownEventTypesFixture.awaitKnown(ws, contact, strategy, NOTES);
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

        approve(ws, contact, UUID.randomUUID(), null, tomorrow).statusCode(400)
                .body("errors.field", hasItem("booking.eventTypeId"));
        approve(ws, contact, otherWorkspaces, null, tomorrow).statusCode(400)
                .body("errors.field", hasItem("booking.eventTypeId"));
        approve(ws, contact, discovery, null, tomorrow).statusCode(400).body("errors.field", hasItem("booking.eventTypeId"));
        approve(ws, contact, strategy, kim, tomorrow).statusCode(400).body("errors.field", hasItem("booking.hostId"));
        approve(ws, contact, strategy, cole, Instant.now().plus(61, ChronoUnit.DAYS)).statusCode(400)
                .body("type", equalTo("https://handoff.dev/problems/outside-booking-window"));
        approve(ws, contact, strategy, cole, Instant.parse("2020-01-01T00:00:00Z")).statusCode(400)
                .body("type", equalTo("https://handoff.dev/problems/start-in-past"));
        approve(ws, contact, strategy, cole, Instant.MAX).statusCode(400).body("errors.field", hasItem("booking.start"));

        // The contact already has an upcoming call of this event type (scheduling reported it).
        probe.publish(Topics.SCHEDULING, Events.callBooked(ws, UUID.randomUUID(), strategy, UUID.fromString(contact),
                "known@example.com", null, null, tomorrow, new PersonRef(cole, "Cole Closer", "cole@example.com")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(ws.adminToken())
                .get("/api/v1/contacts/" + contact).then().body("leadStatus", equalTo("BOOKED")));
        approve(ws, contact, strategy, cole, tomorrow.plus(1, ChronoUnit.DAYS)).statusCode(409)
                .body("type", equalTo("https://handoff.dev/problems/already-booked"));

        // None of these left an approval, a stage change or a note behind.
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + contact + "/journey").then()
                .body("items.kind", not(hasItem("APPROVAL_REQUESTED"))).body("items.kind", not(hasItem("STAGE_CHANGED")));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + contact + "/notes").then()
                .body("items", org.hamcrest.Matchers.empty());
        assertThat(probe.events(Topics.CONTACTS)).noneMatch(e -> e.type().equals("booking.requested.v1")
                && e.subject().equals(contact));
    }

    @Test
    void shouldRequireTheHandoffFormsRequiredFields() {
        TestWorkspace ws = TestWorkspace.open();
        String contact = ContactListTest.create(ws, Map.of("email", "form@example.com"));

        approve(ws, ws.adminId(), contact, UUID.randomUUID(), Instant.now(), Map.of("pain", "x", "mood", "great"))
                .statusCode(400).body("errors.field", hasItems("handoffNotes.timeline", "handoffNotes.budget", "handoffNotes.mood"));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + contact + "/journey").then()
                .body("items.kind", not(hasItem("APPROVAL_REQUESTED")));
    }

    @Test
    void shouldMakeTheBookedCallsHostTheCloserOwnerWhenTheContactHasNone() {
        TestWorkspace ws = TestWorkspace.open();
        UUID setter = UUID.fromString(ws.addUser("Sam Setter", "USER").statusCode(201).extract().path("id"));
        UUID cole = UUID.fromString(ws.addUser("Cole Closer", "USER").statusCode(201).extract().path("id"));
        String kept = ws.addUser("Kim Closer", "USER").statusCode(201).extract().path("id");
        String open = ContactListTest.create(ws, Map.of("email", "open@example.com"));
        String owned = ContactListTest.create(ws, Map.of("email", "owned@example.com"));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("userId", kept))
                .put("/api/v1/contacts/" + owned + "/closer-owner").then().statusCode(200);

        PersonRef host = new PersonRef(cole, "Cole Closer", "cole@example.com");
        UUID eventType = KnownEventTypesFixture.strategyCall(probe, ws, List.of(cole));
        for (String contact : java.util.List.of(open, owned)) {
            Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            KnownEventTypesFixture.awaitKnown(ws, contact, eventType, NOTES);
            String approvalId = approve(ws, setter, contact, eventType, start, NOTES).statusCode(202).extract().path("id");
            String email = given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + contact).then().extract().path("email");
            probe.publish(Topics.SCHEDULING, Events.callBooked(ws, UUID.randomUUID(), UUID.fromString(contact), email,
                    UUID.fromString(approvalId), new PersonRef(setter, "Sam Setter", "sam@example.com"), start, host));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(ws.adminToken())
                    .get("/api/v1/approvals/" + approvalId).then().body("status", equalTo("BOOKED")));
        }

        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + open).then().body("closerOwnerId", equalTo(cole.toString()));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + open + "/journey").then()
                .body("items.find { it.kind == 'OWNER_ASSIGNED' }.details.role", equalTo("CLOSER"))
                .body("items.find { it.kind == 'OWNER_ASSIGNED' }.actor.kind", equalTo("SYSTEM"))
                .body("items.find { it.kind == 'OWNER_ASSIGNED' }.summary", containsString("Cole Closer"));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + owned).then().body("closerOwnerId", equalTo(kept));
    }

    @Test
    void shouldShowTheHandoffNotesUnderTheLabelsOfTheWorkspacesForm() {
        TestWorkspace ws = TestWorkspace.open();
        String contact = ContactListTest.create(ws, Map.of("email", "labels@example.com"));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("handoffFields", java.util.List.of(Map.of("key", "pain", "label", "Biggest pain", "required", true),
                        Map.of("key", "decisionMakers", "label", "Decision makers", "required", false))))
                .patch("/api/v1/workspace").then().statusCode(200);

        Map<String, String> notes = Map.of("pain", "No pipeline", "decisionMakers", "CEO");
        UUID eventType = KnownEventTypesFixture.strategyCall(probe, ws, List.of());
        KnownEventTypesFixture.awaitKnown(ws, contact, eventType, notes);
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS);
        String approvalId = approve(ws, ws.adminId(), contact, eventType, start, notes).statusCode(202).extract().path("id");
        // The note is written once the call is booked (a failed booking leaves none).
        probe.publish(Topics.SCHEDULING, Events.callBooked(ws, UUID.randomUUID(), UUID.fromString(contact),
                "labels@example.com", UUID.fromString(approvalId), new PersonRef(ws.adminId(), "Ada Admin", "ada@example.com"),
                start));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(ws.adminToken())
                .get("/api/v1/approvals/" + approvalId).then().body("status", equalTo("BOOKED")));

        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + contact + "/card").then().statusCode(200)
                .body("notes[0].body", containsString("<b>Biggest pain</b>: No pipeline"))
                .body("notes[0].body", containsString("<b>Decision makers</b>: CEO"))
                .body("notes[0].body", not(containsString("decisionMakers")));
    }

    private static io.restassured.response.ValidatableResponse approve(TestWorkspace ws, String contact, UUID eventType,
                                                                       UUID host, Instant start) {
        String approved = StageManagementTest.stages(ws).getString("items.find { it.name == 'Approved' }.id");
        Map<String, Object> booking = new java.util.HashMap<>(Map.of("eventTypeId", eventType.toString(), "start", start.toString()));
        if (host != null) {
            booking.put("hostId", host.toString());
        }
        return given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("stageId", approved, "booking", booking, "handoffNotes", NOTES))
                .put("/api/v1/contacts/" + contact + "/stage").then();
    }

    private static io.restassured.response.ValidatableResponse approve(TestWorkspace ws, UUID user, String contact,
                                                                       UUID eventType, Instant start, Map<String, String> notes) {
        String approved = StageManagementTest.stages(ws).getString("items.find { it.name == 'Approved' }.id");
        return given().auth().oauth2(ws.tokenFor(user, user.equals(ws.adminId()) ? "ADMIN" : "USER")).contentType(ContentType.JSON)
                .body(Map.of("stageId", approved, "booking", Map.of("eventTypeId", eventType.toString(), "start", start.toString()),
                        "handoffNotes", notes))
                .put("/api/v1/contacts/" + contact + "/stage").then();
    }
}
