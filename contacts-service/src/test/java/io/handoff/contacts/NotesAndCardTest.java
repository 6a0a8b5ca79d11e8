package io.handoff.contacts;

import io.handoff.events.Actor;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.Topics;
import io.handoff.events.deals.DealDetails;
import io.handoff.events.notifications.NotificationSent;
import io.handoff.events.outcomes.OutcomeRecorded;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Notes keep only safe formatting; the card and journey tell everything other services reported. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class NotesAndCardTest {

    private final TopicProbe probe = new TopicProbe();

    @Test
    void shouldStripHostileHtmlAndKeepAllowedFormatting() {
        TestWorkspace ws = TestWorkspace.open();
        String contact = ContactListTest.create(ws, Map.of("email", "n@example.com"));
        String hostile = "<p onclick=\"steal()\"><b>Bold</b> <i>it</i> <u>u</u></p><script>alert(1)</script>"
                + "<ul><li>one</li></ul><ol><li>two</li></ol><a href=\"javascript:alert(1)\">bad</a>"
                + "<a href=\"https://example.com\" onmouseover=\"x()\">good</a><img src=x onerror=alert(1)><style>p{}</style>"
                + "<iframe src=\"https://evil\"></iframe>";

        String noteId = given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("body", hostile))
                .post("/api/v1/contacts/" + contact + "/notes").then().statusCode(201)
                .body("body", containsString("<b>Bold</b>")).body("body", containsString("<ul><li>one</li></ul>"))
                .body("body", containsString("href=\"https://example.com\""))
                .body("body", not(containsString("script"))).body("body", not(containsString("onclick")))
                .body("body", not(containsString("javascript"))).body("body", not(containsString("onmouseover")))
                .body("body", not(containsString("img"))).body("body", not(containsString("iframe")))
                .extract().path("id");

        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("body", "<b>" + "x".repeat(1501) + "</b>"))
                .post("/api/v1/contacts/" + contact + "/notes").then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("body", "<b>" + "x".repeat(1500) + "</b>"))
                .post("/api/v1/contacts/" + contact + "/notes").then().statusCode(201);
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("body", "<script>only</script>"))
                .post("/api/v1/contacts/" + contact + "/notes").then().statusCode(400);
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("body", "<i>edited</i>"))
                .patch("/api/v1/contacts/" + contact + "/notes/" + noteId).then().statusCode(200).body("body", equalTo("<i>edited</i>"));
        given().auth().oauth2(ws.adminToken()).delete("/api/v1/contacts/" + contact + "/notes/" + noteId).then().statusCode(204);
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + contact + "/notes").then().body("items", hasSize(1));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + contact + "/journey").then()
                .body("items.kind", hasItems("NOTE_ADDED", "NOTE_EDITED", "NOTE_DELETED"));
    }

    @Test
    void shouldLetOnlyTheAuthorAnAdminOrAManagerChangeANoteAndRecordWhoEditedIt() {
        TestWorkspace ws = TestWorkspace.open();
        UUID sam = UUID.fromString(ws.addUser("Sam Setter", "USER").statusCode(201).extract().path("id"));
        UUID sue = UUID.fromString(ws.addUser("Sue Setter", "USER").statusCode(201).extract().path("id"));
        UUID mia = UUID.fromString(ws.addUser("Mia Manager", "MANAGER").statusCode(201).extract().path("id"));
        String contact = ContactListTest.create(ws, Map.of("email", "shared@example.com"));
        String notes = "/api/v1/contacts/" + contact + "/notes";
        String noteId = given().auth().oauth2(ws.tokenFor(sam, "USER")).contentType(ContentType.JSON)
                .body(Map.of("body", "<p>Sam's call notes</p>")).post(notes).then().statusCode(201)
                .body("editedBy", nullValue()).body("editedAt", nullValue()).extract().path("id");

        given().auth().oauth2(ws.tokenFor(sue, "USER")).contentType(ContentType.JSON).body(Map.of("body", "<p>rewritten</p>"))
                .patch(notes + "/" + noteId).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(ws.tokenFor(sue, "USER")).delete(notes + "/" + noteId).then().statusCode(403);
        given().auth().oauth2(ws.adminToken()).get(notes).then()
                .body("items[0].body", equalTo("<p>Sam's call notes</p>")).body("items[0].editedBy", nullValue());

        given().auth().oauth2(ws.tokenFor(sam, "USER")).contentType(ContentType.JSON).body(Map.of("body", "<p>Sam's, edited</p>"))
                .patch(notes + "/" + noteId).then().statusCode(200)
                .body("authorId", equalTo(sam.toString())).body("editedBy", equalTo(sam.toString())).body("editedAt", notNullValue());
        given().auth().oauth2(ws.tokenFor(mia, "MANAGER")).contentType(ContentType.JSON).body(Map.of("body", "<p>Tidied</p>"))
                .patch(notes + "/" + noteId).then().statusCode(200)
                .body("authorId", equalTo(sam.toString())).body("editedBy", equalTo(mia.toString()));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + contact + "/card").then()
                .body("notes[0].editedBy", equalTo(mia.toString())).body("notes[0].editedAt", notNullValue());
        given().auth().oauth2(ws.adminToken()).delete(notes + "/" + noteId).then().statusCode(204);
        given().auth().oauth2(ws.adminToken()).get(notes).then().body("items", hasSize(0));
    }

    @Test
    void shouldShowCallsDealsAndOutcomesReportedByOtherServicesInOrder() {
        TestWorkspace ws = TestWorkspace.open();
        String contact = ContactListTest.create(ws, Map.of("email", "card@example.com", "tags", java.util.List.of("vip")));
        UUID contactId = UUID.fromString(contact);
        UUID pastCall = UUID.randomUUID();
        UUID futureCall = UUID.randomUUID();
        probe.publish(Topics.SCHEDULING, Events.callBooked(ws, pastCall, contactId, "card@example.com", null, null,
                Instant.now().minus(2, ChronoUnit.DAYS)));
        probe.publish(Topics.SCHEDULING, Events.callBooked(ws, futureCall, contactId, "card@example.com", null, null,
                Instant.now().plus(2, ChronoUnit.DAYS)));
        var outcome = new OutcomeRecorded(UUID.randomUUID(), pastCall, contactId, "STRATEGY", 1, "SALE", "MONEY", null, null,
                UUID.randomUUID(), null, null, Actor.user(ws.adminId()), Instant.now());
        probe.publish(Topics.OUTCOMES, CloudEvent.of(EventType.OUTCOME_RECORDED, "/handoff/outcomes-service", ws.id(),
                pastCall.toString(), outcome, Instant.now()));
        var deal = new DealDetails(UUID.randomUUID(), contactId, pastCall, UUID.randomUUID(), null, new BigDecimal("2500.00"),
                "EUR", LocalDate.now(), null, "Coaching", "WON", null, null);
        probe.publish(Topics.DEALS, CloudEvent.of(EventType.DEAL_CREATED, "/handoff/deals-service", ws.id(),
                deal.dealId().toString(), deal, Instant.now()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(ws.adminToken())
                .get("/api/v1/contacts/" + contact + "/card").then().statusCode(200)
                .body("pastCalls[0].id", equalTo(pastCall.toString())).body("pastCalls[0].outcome", equalTo("SALE"))
                .body("upcomingCalls[0].id", equalTo(futureCall.toString()))
                .body("deals[0].value", equalTo("2500.00")).body("deals[0].paymentType", equalTo("WON"))
                .body("tags", hasItems("vip"))
                .body("journey.items.kind", hasItems("CREATED", "CALL_BOOKED", "OUTCOME_RECORDED", "STAGE_CHANGED", "DEAL_CREATED")));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + contact).then()
                .body("stageId", equalTo(StageManagementTest.stages(ws).getString("items.find { it.name == 'Customer' }.id")));
    }

    @Test
    void shouldFindTheContactOfANotificationByItsCallOrItsRecipient() {
        TestWorkspace ws = TestWorkspace.open();
        String email = "noted." + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        UUID contactId = UUID.fromString(ContactListTest.create(ws, Map.of("email", email)));
        UUID callId = UUID.randomUUID();
        probe.publish(Topics.SCHEDULING, Events.callBooked(ws, callId, contactId, email, null, null,
                Instant.now().plus(1, ChronoUnit.DAYS)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(ws.adminToken())
                .get("/api/v1/contacts/" + contactId + "/journey").then().body("items.kind", hasItems("CALL_BOOKED")));

        // Sent before notifications-service knew the contact: no contactId, only the call, or only the address.
        probe.publish(Topics.NOTIFICATIONS, sent(ws, callId, "SMS", "REMINDER_24H", "+15550199"));
        probe.publish(Topics.NOTIFICATIONS, sent(ws, null, "EMAIL", "CONFIRMATION", email.toUpperCase()));
        probe.publish(Topics.NOTIFICATIONS, sent(ws, null, "SMS", "REMINDER_1H", "+15550100"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(ws.adminToken())
                .get("/api/v1/contacts/" + contactId + "/journey").then()
                .body("items.findAll { it.kind == 'NOTIFICATION_SENT' }.details.kind",
                        containsInAnyOrder("REMINDER_24H", "CONFIRMATION")));
    }

    private static CloudEvent sent(TestWorkspace ws, UUID callId, String channel, String kind, String recipient) {
        var data = new NotificationSent(UUID.randomUUID(), null, callId, channel, kind, recipient, Instant.now());
        return CloudEvent.of(EventType.NOTIFICATION_SENT, "/handoff/notifications-service", ws.id(),
                data.notificationId().toString(), data, Instant.now());
    }
}
