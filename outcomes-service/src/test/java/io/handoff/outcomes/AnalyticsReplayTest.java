package io.handoff.outcomes;

import io.handoff.events.CloudEvent;
import io.handoff.testing.InfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.handoff.outcomes.AnalyticsApi.funnel;
import static io.handoff.outcomes.AnalyticsApi.setters;
import static io.handoff.outcomes.AnalyticsApi.summary;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analytics projections are idempotent: delivering a workspace's whole history again — the same events, as
 * after a reset of the consumer group to the beginning, or copies with new event ids, as a producer that
 * published twice would send — and rebuilding the daily rollup from the facts all leave every figure as it was.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class AnalyticsReplayTest {

    @Inject
    DataSource dataSource;

    @Test
    void shouldGiveTheSameFiguresWhenTheWholeHistoryIsDeliveredAgain() {
        FortyCallScenario s = FortyCallScenario.build();
        List<String> before = figures(s);
        assertThat(before.get(0)).contains("\"callsBooked\":40");

        TestWorkspace.deliver(s.published);
        assertThat(figures(s)).as("same event ids again").isEqualTo(before);

        TestWorkspace.deliver(s.published.stream().map(AnalyticsReplayTest::withNewId).toList());
        assertThat(figures(s)).as("copies with new event ids").isEqualTo(before);
    }

    @Test
    void shouldRebuildTheSameDailyRollupFromTheFacts() {
        FortyCallScenario s = FortyCallScenario.build();
        List<String> before = figures(s);

        // Each change of time zone recomputes every day of the workspace from the facts.
        s.ws.changeTimeZone("America/New_York");
        assertThat(figures(s)).isNotEqualTo(before);
        s.ws.changeTimeZone("Europe/Berlin");

        assertThat(figures(s)).isEqualTo(before);
    }

    @Test
    void shouldRebuildTheRollupOnAnAdminsRequestAfterItWasLost() throws Exception {
        FortyCallScenario s = FortyCallScenario.build();
        List<String> before = figures(s);
        try (Connection db = dataSource.getConnection();
             PreparedStatement wipe = db.prepareStatement("DELETE FROM analytics_day WHERE workspace_id = ?")) {
            wipe.setObject(1, s.ws.id());
            assertThat(wipe.executeUpdate()).as("rollup rows of the scenario").isPositive();
        }
        assertThat(figures(s)).as("settled days are read from the rollup").isNotEqualTo(before);

        given().auth().oauth2(s.ws.managerToken()).post("/api/v1/analytics/rebuild").then().statusCode(403)
                .contentType("application/problem+json");
        assertThat(figures(s)).as("nothing rebuilt for a manager").isNotEqualTo(before);
        given().auth().oauth2(s.ws.adminToken()).contentType("application/json").body("{\"from\": \"2026-01-01\"}")
                .post("/api/v1/analytics/rebuild").then().statusCode(400).contentType("application/problem+json");
        assertThat(figures(s)).as("nothing rebuilt for a request with a body").isNotEqualTo(before);

        given().auth().oauth2(s.ws.adminToken()).post("/api/v1/analytics/rebuild").then().statusCode(204);
        assertThat(figures(s)).isEqualTo(before);
    }

    /** Every answer of the analytics endpoints for the scenario's range, as the client reads it. */
    private static List<String> figures(FortyCallScenario s) {
        List<String> answers = new ArrayList<>();
        for (String groupBy : new String[]{null, "closer", "setter", "eventType", "utmSource"}) {
            answers.add(summary(s.ws.adminToken(), s.from, s.to, groupBy).statusCode(200).extract().asString());
        }
        answers.add(funnel(s.ws.adminToken(), s.from, s.to).statusCode(200).extract().asString());
        answers.add(setters(s.ws.adminToken(), s.from, s.to).statusCode(200).extract().asString());
        return answers;
    }

    private static CloudEvent withNewId(CloudEvent e) {
        return new CloudEvent(e.specversion(), UUID.randomUUID().toString(), e.source(), e.type(), e.time(),
                e.subject(), e.datacontenttype(), e.workspace(), e.traceparent(), e.data());
    }
}
