package io.handoff.contacts;

import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Every endpoint, called with another workspace's token on this workspace's ids, answers as if they did not exist. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class TenancyTest {

    private final TopicProbe probe = new TopicProbe();


    private record Call(String method, String path, Object body) {
    }

    @Test
    void shouldAnswer404ForEveryIdOfAnotherWorkspace() {
        TestWorkspace a = TestWorkspace.open();
        TestWorkspace b = TestWorkspace.open();
        String contact = ContactListTest.create(a, Map.of("email", "secret@example.com"));
        String other = ContactListTest.create(a, Map.of("email", "secret2@example.com"));
        String note = given().auth().oauth2(a.adminToken()).contentType(ContentType.JSON).body(Map.of("body", "x"))
                .post("/api/v1/contacts/" + contact + "/notes").then().statusCode(201).extract().path("id");
        String stage = StageManagementTest.stages(a).getString("items.find { it.name == 'Engaged' }.id");
        String approved = StageManagementTest.stages(a).getString("items.find { it.name == 'Approved' }.id");
        String view = given().auth().oauth2(a.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "v", "shared", true, "query", "")).post("/api/v1/smart-views").then().statusCode(201)
                .extract().path("id");
        Map<String, String> handoffNotes = Map.of("pain", "p", "timeline", "t", "budget", "b", "decisionMakers", "d",
                "agreedNextStep", "n");
        UUID eventType = KnownEventTypesFixture.strategyCall(probe, a, List.of());
        KnownEventTypesFixture.awaitKnown(a, other, eventType, handoffNotes);
        String approval = given().auth().oauth2(a.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("stageId", approved, "booking", Map.of("eventTypeId", eventType.toString(),
                        "start", Instant.now().plusSeconds(86400).toString()), "handoffNotes", handoffNotes))
                .put("/api/v1/contacts/" + other + "/stage").then().statusCode(202).extract().path("id");

        List<Call> calls = List.of(
                new Call("GET", "/api/v1/contacts/" + contact, null),
                new Call("PATCH", "/api/v1/contacts/" + contact, Map.of("name", "x")),
                new Call("GET", "/api/v1/contacts/" + contact + "/card", null),
                new Call("GET", "/api/v1/contacts/" + contact + "/journey", null),
                new Call("GET", "/api/v1/contacts/" + contact + "/notes", null),
                new Call("POST", "/api/v1/contacts/" + contact + "/notes", Map.of("body", "x")),
                new Call("PATCH", "/api/v1/contacts/" + contact + "/notes/" + note, Map.of("body", "x")),
                new Call("DELETE", "/api/v1/contacts/" + contact + "/notes/" + note, null),
                new Call("PUT", "/api/v1/contacts/" + contact + "/setter-owner", Map.of("userId", b.adminId().toString())),
                new Call("PUT", "/api/v1/contacts/" + contact + "/closer-owner", Map.of("userId", b.adminId().toString())),
                new Call("PUT", "/api/v1/contacts/" + contact + "/stage", Map.of("stageId", stage)),
                new Call("GET", "/api/v1/contacts/" + contact + "/merge-preview?duplicateId=" + other, null),
                new Call("POST", "/api/v1/contacts/" + contact + "/merge", Map.of("duplicateId", other)),
                new Call("GET", "/api/v1/approvals/" + approval, null),
                new Call("GET", "/api/v1/users/" + a.adminId(), null),
                new Call("PATCH", "/api/v1/users/" + a.adminId(), Map.of("name", "x")),
                new Call("PATCH", "/api/v1/stages/" + stage, Map.of("name", "x")),
                new Call("DELETE", "/api/v1/stages/" + stage, null),
                new Call("GET", "/api/v1/smart-views/" + view + "/contacts", null),
                new Call("PUT", "/api/v1/smart-views/" + view, Map.of("name", "x", "shared", true, "query", "")),
                new Call("DELETE", "/api/v1/smart-views/" + view, null));

        for (Call call : calls) {
            var request = given().auth().oauth2(b.adminToken()).contentType(ContentType.JSON);
            if (call.body() != null) {
                request.body(call.body());
            }
            int status = request.request(call.method(), call.path()).statusCode();
            assertThat(status).as(call.method() + " " + call.path()).isIn(404, 400);
            if (!call.path().contains("/stage") || call.method().equals("PATCH") || call.method().equals("DELETE")) {
                assertThat(status).as(call.method() + " " + call.path()).isEqualTo(404);
            }
        }

        given().auth().oauth2(b.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("contactIds", List.of(contact), "userIds", List.of(b.adminId().toString())))
                .post("/api/v1/contacts/bulk/assign-setter").then().statusCode(400);
        given().auth().oauth2(b.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("contactIds", List.of(contact), "stageId", stage)).post("/api/v1/contacts/bulk/stage").then().statusCode(400);
        given().auth().oauth2(b.adminToken()).get("/api/v1/contacts").then().body("items.id", not(hasItem(contact)));
        given().auth().oauth2(b.adminToken()).get("/api/v1/appointment-setting").then().body("items.id", not(hasItem(contact)));
        given().auth().oauth2(b.adminToken()).get("/api/v1/users").then().body("items.id", not(hasItem(a.adminId().toString())));
        given().auth().oauth2(b.adminToken()).get("/api/v1/stages").then().body("items.id", not(hasItem(stage)));
        given().auth().oauth2(b.adminToken()).get("/api/v1/smart-views").then().body("items.id", not(hasItem(view)));
        given().auth().oauth2(b.adminToken()).get("/api/v1/stages/counts").then().body("stageId", not(hasItem(stage)));

        given().auth().oauth2(a.adminToken()).get("/api/v1/contacts/" + contact).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.nullValue());
    }
}
