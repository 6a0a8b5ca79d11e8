package io.handoff.outcomes;

import io.handoff.events.CloudEvent;
import io.handoff.testing.InfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.handoff.outcomes.OutcomeApi.awaitRecorded;
import static io.handoff.outcomes.OutcomeApi.current;
import static io.handoff.outcomes.OutcomeApi.history;
import static io.handoff.outcomes.OutcomeApi.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** One current outcome per call: managers correct it as a new revision, history is kept, users cannot. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class OutcomeCorrectionTest {

    @Test
    void shouldLetAManagerCorrectAnOutcomeAsRevisionTwoKeepingTheHistory() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        UUID callId = ws.pastStrategyCall();
        String outcomeId = record(ws.closerToken(), callId, Map.of("result", "NO_SALE", "reason", "NO_SHOW"))
                .statusCode(200).body("revision", equalTo(1)).extract().path("id");

        record(ws.managerToken(), callId, Map.of("result", "SALE", "objection", "MONEY", "notes", "Paid the next day"))
                .statusCode(200).body("id", equalTo(outcomeId)).body("revision", equalTo(2))
                .body("result", equalTo("SALE")).body("recordedBy", equalTo(ws.managerId().toString()));

        current(ws.closerToken(), callId).statusCode(200).body("revision", equalTo(2)).body("reason", equalTo(null));
        history(ws.closerToken(), callId).statusCode(200).body("items", hasSize(2))
                .body("items.revision", contains(1, 2)).body("items.result", contains("NO_SALE", "SALE"))
                .body("items.reason", contains("NO_SHOW", null))
                .body("items.recordedBy", contains(ws.closerId().toString(), ws.managerId().toString()));
        List<CloudEvent> events = awaitRecorded(callId, 2);
        assertThat(events).extracting(e -> e.data().get("revision").asInt()).containsExactly(1, 2);
        assertThat(events).extracting(e -> e.data().get("outcomeId").asText()).containsOnly(outcomeId);
        assertThat(events.get(1).data().get("actor").get("userId").asText()).isEqualTo(ws.managerId().toString());
    }

    @Test
    void shouldForbidAUserToCorrectAnOutcome() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        UUID callId = ws.pastStrategyCall();
        record(ws.setterToken(), callId, Map.of("result", "NO_SALE", "reason", "NO_SHOW")).statusCode(200);

        record(ws.closerToken(), callId, Map.of("result", "SALE", "objection", "FEAR")).statusCode(403)
                .contentType("application/problem+json");

        current(ws.closerToken(), callId).statusCode(200).body("revision", equalTo(1)).body("result", equalTo("NO_SALE"));
        history(ws.closerToken(), callId).statusCode(200).body("items", hasSize(1));
        record(ws.adminToken(), callId, Map.of("result", "SALE", "objection", "FEAR")).statusCode(200)
                .body("revision", equalTo(2));
    }

    @Test
    void shouldAnswerARepeatedPutWithTheSameOutcomeAndNoNewRevision() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        UUID callId = ws.pastStrategyCall();
        Map<String, String> sale = Map.of("result", "SALE", "objection", "LOGISTIC", "notes", "Ships in May");
        String recordedAt = record(ws.closerToken(), callId, sale).statusCode(200).extract().path("recordedAt");

        record(ws.closerToken(), callId, sale).statusCode(200).body("revision", equalTo(1))
                .body("recordedAt", equalTo(recordedAt));
        record(ws.managerToken(), callId, sale).statusCode(200).body("revision", equalTo(1));

        history(ws.closerToken(), callId).statusCode(200).body("items", hasSize(1));
        assertThat(awaitRecorded(callId, 1)).hasSize(1);
    }

    @Test
    void shouldRecordConcurrentPutsOfOneCallOneAfterTheOther() throws Exception {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        UUID callId = ws.pastStrategyCall();
        List<Map<String, String>> bodies = List.of(Map.of("result", "SALE", "objection", "MONEY"),
                Map.of("result", "NO_SALE", "reason", "NOT_INTERESTED"), Map.of("result", "SALE", "objection", "FEAR"));
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Map<String, String> body : bodies) {
                answers.add(pool.submit(() -> record(ws.managerToken(), callId, body).extract().statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        history(ws.managerToken(), callId).statusCode(200).body("items.revision", contains(1, 2, 3));
        current(ws.managerToken(), callId).statusCode(200).body("revision", equalTo(3));
        assertThat(awaitRecorded(callId, 3)).extracting(e -> e.data().get("revision").asInt()).containsExactly(1, 2, 3);
    }
}
