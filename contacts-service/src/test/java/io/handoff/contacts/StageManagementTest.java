package io.handoff.contacts;

import io.handoff.events.Topics;
import io.handoff.events.contacts.ContactStageChanged;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The pipeline: default stages, shaping them, the fixed Approved stage, moving contacts, counts. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class StageManagementTest {

    @Test
    void shouldStartEveryWorkspaceWithTheDefaultPipeline() {
        TestWorkspace ws = TestWorkspace.open();
        JsonPath stages = stages(ws);

        assertThat(names(stages, "ACTIVE")).containsExactly("New Lead", "Approved", "Nurturing", "Contacted",
                "Follow-Up Scheduled", "Engaged");
        assertThat(names(stages, "LOST")).containsExactly("Ghosting", "Rejected", "Budget Issue", "No Decision", "Not a Fit");
        assertThat(names(stages, "WON")).containsExactly("Customer", "Onboarded", "Premium Client");
        assertThat(stages.getList("items.findAll { it.isDefault }.name")).containsExactly("New Lead");
        assertThat(stages.getString("items.find { it.name == 'Approved' }.action")).isEqualTo("BOOK_CALL");
    }

    @Test
    void shouldLetManagersShapeThePipelineAndUsersOnlyReadIt() {
        TestWorkspace ws = TestWorkspace.open();
        UUID userId = UUID.fromString(ws.addUser("Uma User", "USER").statusCode(201).extract().path("id"));
        String created = given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "Demo Done", "category", "ACTIVE", "color", "purple", "icon", "checklist"))
                .post("/api/v1/stages").then().statusCode(201).body("color", equalTo("#A855F7")).body("position", equalTo(6))
                .extract().path("id");

        patch(ws, created, Map.of("name", "Demo Held", "color", "#00ff00", "icon", "flame")).statusCode(200)
                .body("name", equalTo("Demo Held")).body("color", equalTo("#00FF00"));
        patch(ws, created, Map.of("color", "teal")).statusCode(400);
        patch(ws, created, Map.of("icon", "unicorn")).statusCode(400);
        patch(ws, created, Map.of("name", "new lead")).statusCode(409);
        patch(ws, created, Map.of("category", "WON")).statusCode(200).body("category", equalTo("WON")).body("position", equalTo(3));
        given().auth().oauth2(ws.tokenFor(userId, "USER")).contentType(ContentType.JSON)
                .body(Map.of("name", "Mine", "category", "ACTIVE", "color", "red")).post("/api/v1/stages").then().statusCode(403);
        given().auth().oauth2(ws.tokenFor(userId, "USER")).contentType(ContentType.JSON).body(Map.of("name", "x"))
                .patch("/api/v1/stages/" + created).then().statusCode(403);
        given().auth().oauth2(ws.tokenFor(userId, "USER")).delete("/api/v1/stages/" + created).then().statusCode(403);
    }

    @Test
    void shouldKeepApprovedFixedAndExactlyOneDefault() {
        TestWorkspace ws = TestWorkspace.open();
        JsonPath stages = stages(ws);
        String approved = stages.getString("items.find { it.name == 'Approved' }.id");
        String newLead = stages.getString("items.find { it.name == 'New Lead' }.id");
        String nurturing = stages.getString("items.find { it.name == 'Nurturing' }.id");

        patch(ws, approved, Map.of("name", "Booked")).statusCode(409);
        given().auth().oauth2(ws.adminToken()).delete("/api/v1/stages/" + approved).then().statusCode(409);
        List<String> active = new ArrayList<>(ids(stages, "ACTIVE"));
        Collections.swap(active, 0, 1);
        reorder(ws, "ACTIVE", active).statusCode(409);
        patch(ws, newLead, Map.of("isDefault", false)).statusCode(400);
        given().auth().oauth2(ws.adminToken()).delete("/api/v1/stages/" + newLead).then().statusCode(409);

        patch(ws, nurturing, Map.of("isDefault", true)).statusCode(200).body("isDefault", equalTo(true));
        assertThat(stages(ws).getList("items.findAll { it.isDefault }.name")).containsExactly("Nurturing");
        patch(ws, nurturing, Map.of("category", "LOST")).statusCode(400);

        List<String> reordered = new ArrayList<>(ids(stages(ws), "ACTIVE"));
        Collections.swap(reordered, 2, 5);
        reorder(ws, "ACTIVE", reordered).statusCode(200);
        assertThat(ids(stages(ws), "ACTIVE")).containsExactlyElementsOf(reordered);
        reorder(ws, "ACTIVE", reordered.subList(0, 3)).statusCode(400);
    }

    @Test
    void shouldRefuseToDeleteAStageWithContactsUnlessGivenAReplacement() {
        TestWorkspace ws = TestWorkspace.open();
        JsonPath stages = stages(ws);
        String contacted = stages.getString("items.find { it.name == 'Contacted' }.id");
        String engaged = stages.getString("items.find { it.name == 'Engaged' }.id");
        String approved = stages.getString("items.find { it.name == 'Approved' }.id");
        String a = ContactListTest.create(ws, Map.of("email", "a@example.com"));
        String b = ContactListTest.create(ws, Map.of("email", "b@example.com"));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("contactIds", List.of(a, b), "stageId", contacted))
                .post("/api/v1/contacts/bulk/stage").then().statusCode(200);
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("contactIds", List.of(a), "stageId", approved))
                .post("/api/v1/contacts/bulk/stage").then().statusCode(400);

        given().auth().oauth2(ws.adminToken()).delete("/api/v1/stages/" + contacted).then().statusCode(409);
        given().auth().oauth2(ws.adminToken()).delete("/api/v1/stages/" + contacted + "?replacement=" + approved).then().statusCode(400);
        given().auth().oauth2(ws.adminToken()).get("/api/v1/stages/counts").then()
                .body("find { it.stageId == '" + contacted + "' }.count", equalTo(2));
        given().auth().oauth2(ws.adminToken()).delete("/api/v1/stages/" + contacted + "?replacement=" + engaged).then().statusCode(204);

        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts?stageId=" + engaged).then().body("items.size()", equalTo(2));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/stages/counts").then()
                .body("find { it.stageId == '" + engaged + "' }.count", equalTo(2));
        try (TopicProbe probe = new TopicProbe()) {
            var moves = probe.await(Topics.CONTACTS, e -> e.type().equals("contact.stage-changed.v1")
                    && e.subject().equals(a), 2);
            var last = moves.get(moves.size() - 1).dataAs(ContactStageChanged.class);
            assertThat(last.from().name()).isEqualTo("Contacted");
            assertThat(last.to().name()).isEqualTo("Engaged");
            assertThat(last.actor().userId()).isEqualTo(ws.adminId());
        }
    }

    @Test
    void shouldMoveAContactToAnyStageButApprovedWithoutBooking() {
        TestWorkspace ws = TestWorkspace.open();
        JsonPath stages = stages(ws);
        String engaged = stages.getString("items.find { it.name == 'Engaged' }.id");
        String approved = stages.getString("items.find { it.name == 'Approved' }.id");
        String contact = ContactListTest.create(ws, Map.of("email", "m@example.com"));

        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("stageId", engaged))
                .put("/api/v1/contacts/" + contact + "/stage").then().statusCode(200).body("stageId", equalTo(engaged));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("stageId", approved))
                .put("/api/v1/contacts/" + contact + "/stage").then().statusCode(400).body("errors[0].field", equalTo("booking"));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("stageId", UUID.randomUUID().toString()))
                .put("/api/v1/contacts/" + contact + "/stage").then().statusCode(400);
    }

    static JsonPath stages(TestWorkspace ws) {
        return given().auth().oauth2(ws.adminToken()).get("/api/v1/stages").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> names(JsonPath stages, String category) {
        return stages.getList("items.findAll { it.category == '" + category + "' }.sort { it.position }.name");
    }

    private static List<String> ids(JsonPath stages, String category) {
        return stages.getList("items.findAll { it.category == '" + category + "' }.sort { it.position }.id");
    }

    private static io.restassured.response.ValidatableResponse patch(TestWorkspace ws, String id, Map<String, Object> body) {
        return given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(body).patch("/api/v1/stages/" + id).then();
    }

    private static io.restassured.response.ValidatableResponse reorder(TestWorkspace ws, String category, List<String> ids) {
        return given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("category", category, "stageIds", ids)).post("/api/v1/stages/reorder").then();
    }
}
