package io.handoff.outcomes;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.testing.InfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.handoff.outcomes.AnalyticsApi.setters;
import static io.handoff.outcomes.AnalyticsApi.summary;
import static io.handoff.outcomes.AnalyticsScenarioTest.assertFigures;
import static io.handoff.outcomes.OutcomeApi.record;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls, deals, leads, contacts and workspaces travel on different topics, so a fact may arrive before the one
 * it refers to; the figures are right once everything has arrived, whatever the order. (An outcome is this
 * service's own and can only be recorded for a call it knows, so it never precedes its call; it may precede or
 * follow the call's deal.)
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class AnalyticsOrderTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void shouldCountDealsRightWhetherTheyArriveBeforeOrAfterTheirCallAndOutcome() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        WorkspaceEvents events = new WorkspaceEvents(ws.id());
        UUID type = UUID.randomUUID();
        LocalDate day = LocalDate.now(BERLIN).minusDays(10);
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID earlyDeal = UUID.randomUUID();

        // The first call's deal (dated the day after the call) and its correction arrive before the call.
        TestWorkspace.deliver(List.of(
                events.deal(EventType.DEAL_CREATED, earlyDeal, early, ws.closerId(), ws.setterId(), "1000.00", "WON",
                        day.plusDays(1)),
                events.deal(EventType.DEAL_UPDATED, earlyDeal, early, ws.closerId(), ws.setterId(), "1200.50", "WON",
                        day.plusDays(1))));
        JsonPath dealOnly = summary(ws.adminToken(), day, day.plusDays(1), "eventType").statusCode(200).extract().jsonPath();
        assertThat(dealOnly.getList("groups.key")).containsExactly((String) null);
        assertFigures(dealOnly.getMap("total"), "calls=0/0/0/0/0 deals=1/0 rates=-/-/- revenue=1200.50");

        // Then the call, then its outcome.
        TestWorkspace.deliver(List.of(strategyCall(events, ws, early, type, at(day, "10:00"))));
        record(ws.closerToken(), early, Map.of("result", "SALE", "objection", "MONEY")).statusCode(200);

        // The second call is booked and gets its outcome first; its deal arrives last.
        TestWorkspace.deliver(List.of(strategyCall(events, ws, late, type, at(day, "14:00"))));
        record(ws.closerToken(), late, Map.of("result", "SALE", "objection", "FEAR")).statusCode(200);
        TestWorkspace.deliver(List.of(events.deal(EventType.DEAL_CREATED, UUID.randomUUID(), late, ws.closerId(),
                ws.setterId(), "800.00", "DEPOSIT", day)));

        // Both calls held, one WON and one DEPOSIT deal: closing 1 ÷ 2, engagement 2 ÷ 2; 1200.50 + 800.00.
        String both = "calls=2/2/0/0/0 strategyHeld=2 deals=1/1 rates=1.0000/0.5000/1.0000 revenue=2000.50 "
                + "objections=1/0/0/1/0/0";
        JsonPath byType = summary(ws.adminToken(), day, day.plusDays(1), "eventType").statusCode(200).extract().jsonPath();
        assertThat(byType.getList("groups.key")).containsExactly(type.toString());
        assertThat(byType.getList("groups.label")).containsExactly("Strategy Session");
        assertFigures(byType.getMap("groups[0]"), both);
        JsonPath bySource = summary(ws.adminToken(), day, day.plusDays(1), "utmSource").statusCode(200).extract().jsonPath();
        assertThat(bySource.getList("groups.key")).containsExactly("google");
        assertFigures(bySource.getMap("groups[0]"), both);
        // The early call closed: it is held and has a WON deal, although the deal arrived first.
        assertThat(setters(ws.adminToken(), day, day.plusDays(1)).statusCode(200).extract().jsonPath()
                .getMap("items[0]")).containsAllEntriesOf(Map.of("userId", ws.setterId().toString(), "callsSet", 2,
                "callsHeld", 2, "callsClosed", 1, "revenue", "2000.50"));
    }

    @Test
    void shouldCountFactsThatArrivedBeforeTheirWorkspace() {
        UUID workspaceId = UUID.randomUUID();
        WorkspaceEvents events = new WorkspaceEvents(workspaceId);
        LocalDate day = LocalDate.now(BERLIN).minusDays(10);
        UUID closer = UUID.randomUUID();
        UUID call = UUID.randomUUID();
        TestWorkspace.deliver(List.of(
                events.booked(call, UUID.randomUUID(), "Strategy Session", "STRATEGY", closer, null, "google",
                        at(day, "10:00"), at(day, "10:45")),
                events.lead(UUID.randomUUID(), UUID.randomUUID(), "QUALIFIED", "early@example.com", null, at(day, "09:00")),
                events.deal(EventType.DEAL_CREATED, UUID.randomUUID(), call, closer, null, "99.90", "WON", day)));

        TestWorkspace ws = TestWorkspace.open(workspaceId, "STARTUP");

        assertFigures(summary(ws.adminToken(), day, day, null).statusCode(200).extract().jsonPath().getMap("total"),
                "leads=1/1/0 calls=1/1/0/0/0 strategyHeld=1 deals=1/0 rates=1.0000/1.0000/1.0000 revenue=99.90");
    }

    @Test
    void shouldMeasureSpeedToLeadWhenTheContactAndItsClaimArriveBeforeTheLead() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        WorkspaceEvents events = new WorkspaceEvents(ws.id());
        LocalDate day = LocalDate.now(BERLIN).minusDays(10);
        UUID contact = UUID.randomUUID();
        Instant captured = at(day, "09:00");
        TestWorkspace.deliver(List.of(events.contactCreated(contact, "speedy@example.com"),
                events.ownerAssigned(contact, "SETTER", ws.setterId(), captured.plusSeconds(45))));
        TestWorkspace.deliver(List.of(events.lead(UUID.randomUUID(), UUID.randomUUID(), "QUALIFIED",
                "Speedy@Example.com", null, captured)));

        assertThat(setters(ws.managerToken(), day, day).statusCode(200).extract().jsonPath().getMap("items[0]"))
                .containsAllEntriesOf(Map.of("name", "Sam Setter", "claimed", 1,
                        "speedToLeadSeconds", Map.of("median", 45, "p90", 45, "leads", 1)));
    }

    private static CloudEvent strategyCall(WorkspaceEvents events, TestWorkspace ws, UUID callId, UUID type,
                                           Instant start) {
        return events.booked(callId, type, "Strategy Session", "STRATEGY", ws.closerId(), ws.setterId(), "google",
                start, start.plus(Duration.ofMinutes(45)));
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(BERLIN).toInstant();
    }
}
