package io.handoff.outcomes;

import io.handoff.events.CloudEvent;
import io.handoff.events.Topics;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The outcome endpoints as a client calls them, and the outcome events of a call as a consumer reads them. */
final class OutcomeApi {

    private OutcomeApi() {
    }

    static ValidatableResponse record(String token, UUID callId, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .put("/api/v1/calls/" + callId + "/outcome").then();
    }

    static ValidatableResponse current(String token, UUID callId) {
        return given().auth().oauth2(token).get("/api/v1/calls/" + callId + "/outcome").then();
    }

    static ValidatableResponse history(String token, UUID callId) {
        return given().auth().oauth2(token).get("/api/v1/calls/" + callId + "/outcome/history").then();
    }

    /** Waits for the call's outcome.recorded.v1 of the given revision and returns all of the call's so far. */
    static List<CloudEvent> awaitRecorded(UUID callId, int revision) {
        TestWorkspace.PROBE.awaitOne(Topics.OUTCOMES, e -> isOutcomeOf(e, callId)
                && e.data().get("revision").asInt() == revision);
        return TestWorkspace.PROBE.events(Topics.OUTCOMES).stream().filter(e -> isOutcomeOf(e, callId)).toList();
    }

    private static boolean isOutcomeOf(CloudEvent e, UUID callId) {
        return e.type().equals("outcome.recorded.v1") && callId.toString().equals(e.subject());
    }
}
