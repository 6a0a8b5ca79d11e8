package io.handoff.contacts;

import io.handoff.events.Answer;
import io.handoff.events.Topics;
import io.handoff.events.Utm;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/** Global Data: create, edit, filter, sort and page contacts. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class ContactListTest {

    private final TopicProbe probe = new TopicProbe();

    @Test
    void shouldEditAContactAndKeepEmailsUniqueCaseInsensitively() {
        TestWorkspace ws = TestWorkspace.open();
        String a = create(ws, Map.of("email", "ann@example.com", "name", "Ann"));
        create(ws, Map.of("email", "bob@example.com"));

        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("phone", "+4915112345678", "tags", List.of("vip", "webinar"), "name", "Ann Lee"))
                .patch("/api/v1/contacts/" + a).then().statusCode(200)
                .body("phone", equalTo("+4915112345678")).body("tags", contains("vip", "webinar"));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("email", "BOB@example.com"))
                .patch("/api/v1/contacts/" + a).then().statusCode(409);
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("phone", "12345", "secondaryEmail", "nope", "timeZone", "Europe/Nowhere"))
                .patch("/api/v1/contacts/" + a).then().statusCode(400)
                .body("errors.field", hasItems("phone", "secondaryEmail", "timeZone"));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + a + "/journey").then().statusCode(200)
                .body("items.kind", contains("CREATED", "EDITED"));
    }

    @Test
    void shouldFilterByEveryListParameter() {
        TestWorkspace ws = TestWorkspace.open();
        probe.publish(Topics.SCHEDULING, Events.lead(ws, "q1@example.com", "QUALIFIED",
                List.of(new Answer("Monthly budget", "$1k-$5k")), new Utm("google", "cpc", "spring", null, null)));
        probe.publish(Topics.SCHEDULING, Events.lead(ws, "q2@example.com", "QUALIFIED",
                List.of(new Answer("Monthly budget", "Over $5k")), new Utm("newsletter", "email", null, null, null)));
        probe.publish(Topics.SCHEDULING, Events.lead(ws, "p1@example.com", "POTENTIAL", List.of(), null));
        String tagged = create(ws, Map.of("email", "tagged@example.com", "name", "Zed Tagged", "tags", List.of("vip")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> list(ws, "").body("items", hasSize(4)));

        list(ws, "leadStatus=QUALIFIED").body("items.email", hasItems("q1@example.com", "q2@example.com")).body("items", hasSize(2));
        given().auth().oauth2(ws.adminToken()).queryParam("answer", "Monthly budget=Over $5k").get("/api/v1/contacts")
                .then().body("items.email", contains("q2@example.com"));
        list(ws, "utmSource=google&utmMedium=cpc").body("items.email", contains("q1@example.com"));
        list(ws, "tag=vip").body("items.id", contains(tagged));
        list(ws, "q=ZED").body("items.id", contains(tagged));
        given().auth().oauth2(ws.adminToken()).queryParam("q", "%").get("/api/v1/contacts").then().body("items", hasSize(0));
        list(ws, "setterOwnerId=none").body("items", hasSize(4));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("userId", ws.adminId().toString()))
                .put("/api/v1/contacts/" + tagged + "/setter-owner").then().statusCode(200);
        list(ws, "setterOwnerId=none").body("items", hasSize(3));
        list(ws, "setterOwnerId=" + ws.adminId()).body("items.id", contains(tagged));
        list(ws, "createdFrom=2000-01-01T00:00:00Z&createdTo=2001-01-01T00:00:00Z").body("items", hasSize(0));
        list(ws, "sort=name").body("items[0].name", equalTo("Lead p1@example.com"));
        list(ws, "sort=-name").body("items[0].id", equalTo(tagged));
        list(ws, "sort=sideways").statusCode(400);
        list(ws, "createdFrom=yesterday").statusCode(400);
        // Beyond the year 9999 Java still reads an instant, but the filter would match everything.
        given().auth().oauth2(ws.adminToken()).queryParam("createdFrom", "+1000000000-12-31T15:00:00Z")
                .get("/api/v1/contacts").then().statusCode(400).body("errors.field", contains("createdFrom"));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/appointment-setting?leadStatus=POTENTIAL").then()
                .body("items.email", contains("p1@example.com"));
    }

    @Test
    void shouldPageWithoutRepeatsOrGapsWhileContactsAreAdded() {
        TestWorkspace ws = TestWorkspace.open();
        List<String> original = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            original.add(0, create(ws, Map.of("email", "c" + i + "@example.com")));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = given().auth().oauth2(ws.adminToken()).queryParam("limit", 2)
                    .queryParam("cursor", cursor == null ? "" : cursor).get("/api/v1/contacts")
                    .then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            if (pages++ == 0) {
                create(ws, Map.of("email", "late@example.com"));
            }
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(original);
    }

    static String create(TestWorkspace ws, Map<String, Object> body) {
        return given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(body).post("/api/v1/contacts")
                .then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse list(TestWorkspace ws, String query) {
        return given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts" + (query.isEmpty() ? "" : "?" + query)).then();
    }
}
