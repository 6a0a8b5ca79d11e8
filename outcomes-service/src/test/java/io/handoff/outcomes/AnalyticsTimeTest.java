package io.handoff.outcomes;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.testing.InfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.handoff.outcomes.AnalyticsApi.summary;
import static io.handoff.outcomes.AnalyticsScenarioTest.assertFigures;
import static io.handoff.outcomes.OutcomeApi.record;
import static org.hamcrest.Matchers.equalTo;

/**
 * Which figures a day has depends on time: a call is held only once it has ended, days begin at midnight in the
 * workspace's time zone, and recent days (read from the facts) add up with settled ones (read from the rollup).
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class AnalyticsTimeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void shouldCountACallAsHeldOnlyOnceItHasEnded() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        WorkspaceEvents events = new WorkspaceEvents(ws.id());
        Instant now = Instant.now();
        UUID ended = UUID.randomUUID();
        TestWorkspace.deliver(List.of(strategy(events, ws, ended, now.minus(Duration.ofHours(3))),
                strategy(events, ws, UUID.randomUUID(), now.minus(Duration.ofMinutes(10))),
                strategy(events, ws, UUID.randomUUID(), now.plus(Duration.ofHours(20)))));
        LocalDate today = LocalDate.now(BERLIN);

        // Three calls booked; only the one that ended is held (show rate 1 ÷ 1).
        assertFigures(summary(ws.adminToken(), today.minusDays(1), today.plusDays(1), null).statusCode(200)
                .extract().jsonPath().getMap("total"), "calls=3/1/0/0/0 strategyHeld=1 rates=1.0000/0.0000/0.0000");

        record(ws.closerToken(), ended, Map.of("result", "NO_SALE", "reason", "NO_SHOW")).statusCode(200);
        assertFigures(summary(ws.adminToken(), today.minusDays(1), today.plusDays(1), null).statusCode(200)
                .extract().jsonPath().getMap("total"), "calls=3/0/0/0/1 strategyHeld=0 rates=0.0000/-/- "
                + "noSale=1/0/0/0/0/0");
    }

    @Test
    void shouldAddSettledAndRecentDaysTogether() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        WorkspaceEvents events = new WorkspaceEvents(ws.id());
        LocalDate today = LocalDate.now(BERLIN);
        UUID settled = UUID.randomUUID();
        TestWorkspace.deliver(List.of(
                strategy(events, ws, settled, today.minusDays(5).atTime(LocalTime.NOON).atZone(BERLIN).toInstant()),
                strategy(events, ws, UUID.randomUUID(), Instant.now().minus(Duration.ofHours(3))),
                events.deal(EventType.DEAL_CREATED, UUID.randomUUID(), settled, ws.closerId(), ws.setterId(), "10.10",
                        "WON", today.minusDays(5)),
                events.deal(EventType.DEAL_CREATED, UUID.randomUUID(), null, ws.closerId(), null, "0.05", "RECURRING",
                        today)));

        // Five days ago comes from the daily rollup, the last hours from the facts: 2 calls, 2 held, 1 WON.
        assertFigures(summary(ws.adminToken(), today.minusDays(7), today, "closer").statusCode(200).extract()
                        .jsonPath().getMap("groups[0]"),
                "calls=2/2/0/0/0 strategyHeld=2 deals=1/0 rates=1.0000/0.5000/0.5000 revenue=10.15");
        assertFigures(summary(ws.adminToken(), today.minusDays(7), today.minusDays(2), null).extract().jsonPath()
                .getMap("total"), "calls=1/1/0/0/0 deals=1/0 revenue=10.10");
        assertFigures(summary(ws.adminToken(), today.minusDays(1), today, null).extract().jsonPath()
                .getMap("total"), "calls=1/1/0/0/0 deals=0/0 revenue=0.05");
    }

    @Test
    void shouldRecountTheDaysWhenTheWorkspaceTimeZoneChanges() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        WorkspaceEvents events = new WorkspaceEvents(ws.id());
        LocalDate day = LocalDate.now(BERLIN).minusDays(10);
        // 00:30 in Berlin is still the day before in UTC.
        TestWorkspace.deliver(List.of(strategy(events, ws, UUID.randomUUID(),
                day.atTime(0, 30).atZone(BERLIN).toInstant())));
        summary(ws.adminToken(), day, day, null).statusCode(200).body("timeZone", equalTo("Europe/Berlin"))
                .body("total.callsBooked", equalTo(1));

        ws.changeTimeZone("UTC");

        summary(ws.adminToken(), day, day, null).statusCode(200).body("timeZone", equalTo("UTC"))
                .body("total.callsBooked", equalTo(0));
        summary(ws.adminToken(), day.minusDays(1), day.minusDays(1), null).statusCode(200)
                .body("total.callsBooked", equalTo(1)).body("total.callsHeld", equalTo(1));
    }

    private static CloudEvent strategy(WorkspaceEvents events, TestWorkspace ws, UUID callId, Instant start) {
        return events.booked(callId, UUID.randomUUID(), "Strategy Session", "STRATEGY", ws.closerId(), ws.setterId(),
                null, start, start.plus(Duration.ofMinutes(45)));
    }
}
