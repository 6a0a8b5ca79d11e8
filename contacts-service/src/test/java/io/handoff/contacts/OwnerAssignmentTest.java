package io.handoff.contacts;

import io.handoff.events.Topics;
import io.handoff.events.contacts.ContactOwnerAssigned;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Claiming: setter and closer owners, the claiming rule, bulk assignment to one user and round robin over several. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class OwnerAssignmentTest {

    @Test
    void shouldSetAndClearOwnersWithMembersOfTheSameWorkspaceOnly() {
        TestWorkspace ws = TestWorkspace.open();
        TestWorkspace other = TestWorkspace.open();
        String setter = ws.addUser("Sam Setter", "USER").statusCode(201).extract().path("id");
        String contact = ContactListTest.create(ws, Map.of("email", "own@example.com"));

        put(ws, contact, "setter-owner", setter).statusCode(200).body("setterOwnerId", equalTo(setter));
        put(ws, contact, "closer-owner", ws.adminId().toString()).statusCode(200).body("closerOwnerId", equalTo(ws.adminId().toString()));
        put(ws, contact, "setter-owner", other.adminId().toString()).statusCode(400).body("errors[0].field", equalTo("userId"));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body("{\"userId\": null}")
                .put("/api/v1/contacts/" + contact + "/setter-owner").then().statusCode(200).body("setterOwnerId", nullValue());

        try (TopicProbe probe = new TopicProbe()) {
            var events = probe.await(Topics.CONTACTS, e -> e.type().equals("contact.owner-assigned.v1")
                    && e.subject().equals(contact), 3);
            var cleared = events.get(2).dataAs(ContactOwnerAssigned.class);
            assertThat(cleared.previousOwnerId()).hasToString(setter);
            assertThat(cleared.ownerId()).isNull();
            assertThat(events.get(1).dataAs(ContactOwnerAssigned.class).ownerRole()).isEqualTo("CLOSER");
        }
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + contact + "/journey").then()
                .body("items.kind", hasItem("OWNER_ASSIGNED"));
    }

    @Test
    void shouldRoundRobinSelectedContactsOverSeveralSettersAndReportWhoGotWhat() {
        TestWorkspace ws = TestWorkspace.open();
        String sam = ws.addUser("Sam Setter", "USER").statusCode(201).extract().path("id");
        String sue = ws.addUser("Sue Setter", "USER").statusCode(201).extract().path("id");
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            contacts.add(ContactListTest.create(ws, Map.of("email", "rr" + i + "@example.com")));
        }

        var report = given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("contactIds", contacts, "userIds", List.of(sam, sue)))
                .post("/api/v1/contacts/bulk/assign-setter").then().statusCode(200).extract().jsonPath();

        assertThat(report.getList("assignments.userId")).containsExactly(sam, sue, sam, sue, sam);
        assertThat(report.getInt("countsByUser." + sam)).isEqualTo(3);
        assertThat(report.getInt("countsByUser." + sue)).isEqualTo(2);
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts?setterOwnerId=" + sue).then()
                .body("items.size()", equalTo(2));
    }

    @Test
    void shouldAssignAllToOneUserAndChangeNothingWhenAnIdIsForeign() {
        TestWorkspace ws = TestWorkspace.open();
        String a = ContactListTest.create(ws, Map.of("email", "a@example.com"));
        String b = ContactListTest.create(ws, Map.of("email", "b@example.com"));

        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("contactIds", List.of(a, b, UUID.randomUUID().toString()), "userIds", List.of(ws.adminId().toString())))
                .post("/api/v1/contacts/bulk/assign-setter").then().statusCode(400);
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts?setterOwnerId=none").then().body("items.size()", equalTo(2));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("contactIds", List.of(a, b), "userIds", List.of(ws.adminId().toString())))
                .post("/api/v1/contacts/bulk/assign-setter").then().statusCode(200)
                .body("countsByUser." + ws.adminId(), equalTo(2));
    }

    @Test
    void shouldLetSettersClaimOnlyContactsNoOtherMemberOwns() {
        TestWorkspace ws = TestWorkspace.open();
        String sam = ws.addUser("Sam Setter", "USER").statusCode(201).extract().path("id");
        String sue = ws.addUser("Sue Setter", "USER").statusCode(201).extract().path("id");
        String mia = ws.addUser("Mia Manager", "MANAGER").statusCode(201).extract().path("id");
        String samToken = ws.tokenFor(UUID.fromString(sam), "USER");
        String sueToken = ws.tokenFor(UUID.fromString(sue), "USER");
        String claimed = ContactListTest.create(ws, Map.of("email", "claimed@example.com"));
        String free = ContactListTest.create(ws, Map.of("email", "free@example.com"));

        put(samToken, claimed, "setter-owner", sam).statusCode(200).body("setterOwnerId", equalTo(sam));
        put(samToken, claimed, "setter-owner", sam).statusCode(200);
        put(sueToken, claimed, "setter-owner", sue).statusCode(409).contentType("application/problem+json");
        put(sueToken, claimed, "setter-owner", null).statusCode(409);
        given().auth().oauth2(sueToken).contentType(ContentType.JSON)
                .body(Map.of("contactIds", List.of(free, claimed), "userIds", List.of(sue)))
                .post("/api/v1/contacts/bulk/assign-setter").then().statusCode(409)
                .body("errors.field", contains("contactIds[1]"));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + claimed).then().body("setterOwnerId", equalTo(sam));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + free).then().body("setterOwnerId", nullValue());

        put(samToken, claimed, "closer-owner", mia).statusCode(200);
        put(sueToken, claimed, "closer-owner", sue).statusCode(409);
        put(ws.tokenFor(UUID.fromString(mia), "MANAGER"), claimed, "setter-owner", sue).statusCode(200)
                .body("setterOwnerId", equalTo(sue));
        put(ws.adminToken(), claimed, "closer-owner", sue).statusCode(200).body("closerOwnerId", equalTo(sue));
        put(sueToken, claimed, "setter-owner", null).statusCode(200).body("setterOwnerId", nullValue());
        given().auth().oauth2(samToken).contentType(ContentType.JSON)
                .body(Map.of("contactIds", List.of(free, claimed), "userIds", List.of(sam, sue)))
                .post("/api/v1/contacts/bulk/assign-setter").then().statusCode(200);
    }

    @Test
    void shouldContinueTheRoundRobinWhereTheLastRequestStopped() {
        TestWorkspace ws = TestWorkspace.open();
        List<String> setters = List.of(ws.addUser("Ann Setter", "USER").statusCode(201).extract().path("id"),
                ws.addUser("Ben Setter", "USER").statusCode(201).extract().path("id"),
                ws.addUser("Cat Setter", "USER").statusCode(201).extract().path("id"));

        List<String> picked = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            picked.addAll(roundRobin(ws, List.of(ContactListTest.create(ws, Map.of("email", "one" + i + "@example.com"))),
                    setters));
        }
        assertThat(picked).containsExactly(setters.get(0), setters.get(1), setters.get(2), setters.get(0));
        List<String> pair = List.of(ContactListTest.create(ws, Map.of("email", "two0@example.com")),
                ContactListTest.create(ws, Map.of("email", "two1@example.com")));
        assertThat(roundRobin(ws, pair, setters)).containsExactly(setters.get(1), setters.get(2));
        // The last one assigned (Cat) is not among these users: the rotation starts with the first of them.
        assertThat(roundRobin(ws, pair, setters.subList(0, 2))).containsExactly(setters.get(0), setters.get(1));
    }

    @Test
    void shouldGiveEveryoneTheirTurnWhenRequestsArriveTogether() throws Exception {
        TestWorkspace ws = TestWorkspace.open();
        List<String> setters = List.of(ws.addUser("Ann Setter", "USER").statusCode(201).extract().path("id"),
                ws.addUser("Ben Setter", "USER").statusCode(201).extract().path("id"),
                ws.addUser("Cat Setter", "USER").statusCode(201).extract().path("id"));
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            contacts.add(ContactListTest.create(ws, Map.of("email", "together" + i + "@example.com")));
        }

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (String contact : contacts) {
                answers.add(pool.submit(() -> roundRobin(ws, List.of(contact), setters)));
            }
            List<String> picked = new ArrayList<>();
            for (Future<List<String>> answer : answers) {
                picked.addAll(answer.get(60, TimeUnit.SECONDS));
            }
            for (String setter : setters) {
                assertThat(picked).as("contacts given to %s", setter).filteredOn(setter::equals).hasSize(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One bulk round robin; answers who got each contact, in order. */
    private static List<String> roundRobin(TestWorkspace ws, List<String> contacts, List<String> users) {
        return given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("contactIds", contacts, "userIds", users))
                .post("/api/v1/contacts/bulk/assign-setter").then().statusCode(200).extract().path("assignments.userId");
    }

    private static io.restassured.response.ValidatableResponse put(String token, String contact, String which, String userId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(userId == null ? "{\"userId\": null}" : "{\"userId\": \"" + userId + "\"}")
                .put("/api/v1/contacts/" + contact + "/" + which).then();
    }

    private static io.restassured.response.ValidatableResponse put(TestWorkspace ws, String contact, String which, String userId) {
        return given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("userId", userId))
                .put("/api/v1/contacts/" + contact + "/" + which).then();
    }
}
