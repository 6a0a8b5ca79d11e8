package io.handoff.notifications;

import io.handoff.events.Invitee;
import io.handoff.events.PersonRef;
import io.handoff.events.Topics;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TestClock;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** The reminder list: any member of the workspace may read it, nobody else sees it, bad queries are 400. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
@QuarkusTestResource(MailServer.class)
class ReminderApiTest {

    private static final String REMINDERS = "/api/v1/reminders";

    @Inject
    TestClock clock;

    private final TopicProbe probe = new TopicProbe();

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void shouldPageACallsRemindersForMembersOfItsWorkspaceOnly() {
        TestWorkspace ws = TestWorkspace.open(probe);
        var booking = HandoffEvents.Booking.discovery(new PersonRef(UUID.randomUUID(), "Sue Setter", null),
                new Invitee("kim-" + UUID.randomUUID() + "@example.com", "Kim", null, "Asia/Tokyo"),
                clock.instant().plus(4, ChronoUnit.DAYS));
        probe.publish(Topics.SCHEDULING, HandoffEvents.callBooked(ws, booking, clock.instant()));
        await().atMost(Duration.ofSeconds(20)).until(() -> ws.reminders("callId", booking.callId()).size() == 3);

        String calls = REMINDERS + "?callId=" + booking.callId();
        String cursor = given().auth().oauth2(ws.managerToken()).get(calls + "&limit=2").then().statusCode(200)
                .body("items", hasSize(2)).body("items[0].kind", equalTo("CONFIRMATION"))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        given().auth().oauth2(ws.adminToken()).get(calls + "&limit=2&cursor=" + cursor).then()
                .statusCode(200).body("items.kind", equalTo(List.of("REMINDER_1H")))
                .body("nextCursor", equalTo(null));
        TestWorkspace stranger = TestWorkspace.open(probe);
        given().auth().oauth2(stranger.adminToken()).get(calls).then().statusCode(200).body("items", empty());
        given().get(calls).then().statusCode(401);
    }

    @Test
    void shouldRefuseAQueryWithoutExactlyOneOfCallIdAndContactId() {
        TestWorkspace ws = TestWorkspace.open(probe);
        given().auth().oauth2(ws.userToken()).get(REMINDERS).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("callId"));
        given().auth().oauth2(ws.userToken()).get(REMINDERS + "?callId=" + UUID.randomUUID() + "&contactId="
                + UUID.randomUUID()).then().statusCode(400);
        given().auth().oauth2(ws.userToken()).get(REMINDERS + "?callId=not-a-uuid").then().statusCode(400);
        given().auth().oauth2(ws.userToken()).get(REMINDERS + "?callId=" + UUID.randomUUID() + "&limit=0").then()
                .statusCode(400);
    }
}
