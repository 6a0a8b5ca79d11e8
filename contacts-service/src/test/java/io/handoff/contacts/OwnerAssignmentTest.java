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

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Claiming: setter and closer owners, bulk assignment to one user and round robin over several. */
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

    private static io.restassured.response.ValidatableResponse put(TestWorkspace ws, String contact, String which, String userId) {
        return given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("userId", userId))
                .put("/api/v1/contacts/" + contact + "/" + which).then();
    }
}
