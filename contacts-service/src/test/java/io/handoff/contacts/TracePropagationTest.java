package io.handoff.contacts;

import io.handoff.events.CloudEvent;
import io.handoff.events.Topics;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The trace of the HTTP request that made a change continues in the event it published. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class TracePropagationTest {

    @Test
    void shouldCarryTheRequestsTraceIntoTheEvent() {
        TestWorkspace ws = TestWorkspace.open();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String contactId = given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(Map.of("email", "traced@example.com")).post("/api/v1/contacts")
                .then().statusCode(201).extract().path("id");

        try (TopicProbe probe = new TopicProbe()) {
            CloudEvent created = probe.awaitOne(Topics.CONTACTS,
                    e -> e.type().equals("contact.created.v1") && e.subject().equals(contactId));
            assertThat(created.traceparent()).startsWith("00-" + traceId + "-");
        }
    }
}
