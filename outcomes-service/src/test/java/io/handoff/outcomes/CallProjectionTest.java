package io.handoff.outcomes;

import io.handoff.events.CloudEvent;
import io.handoff.testing.InfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.handoff.outcomes.OutcomeApi.record;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Calls come from scheduling-service's events: only past, not cancelled calls get outcomes, each event counts once. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class CallProjectionTest {

    private static final Map<String, String> SALE = Map.of("result", "SALE", "objection", "MONEY");

    @Test
    void shouldRefuseAnOutcomeForACallThatHasNotEnded() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        CloudEvent tomorrow = ws.booked("STRATEGY", ws.closerId(), Instant.now().plus(Duration.ofDays(1)),
                Duration.ofHours(1));
        CloudEvent underway = ws.booked("STRATEGY", ws.closerId(), Instant.now().minus(Duration.ofMinutes(10)),
                Duration.ofHours(1));
        TestWorkspace.apply(tomorrow, underway);

        record(ws.closerToken(), callId(tomorrow), SALE).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("after it"));
        record(ws.closerToken(), callId(underway), SALE).statusCode(409);
        OutcomeApi.current(ws.closerToken(), callId(tomorrow)).statusCode(404);
    }

    @Test
    void shouldRefuseAnOutcomeForACancelledCall() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        CloudEvent booked = ws.booked("STRATEGY", ws.closerId(), Instant.now().minus(Duration.ofHours(3)),
                Duration.ofHours(1));
        TestWorkspace.apply(booked, ws.cancelled(callId(booked)));

        record(ws.closerToken(), callId(booked), SALE).statusCode(409).body("detail", containsString("cancelled"));
    }

    @Test
    void shouldFollowARescheduleToItsNewTimeAndHost() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        CloudEvent booked = ws.booked("STRATEGY", ws.closerId(), Instant.now().minus(Duration.ofHours(3)),
                Duration.ofHours(1));
        TestWorkspace.apply(booked, ws.rescheduled(booked, Instant.now().plus(Duration.ofDays(2)), Duration.ofHours(1)));
        record(ws.closerToken(), callId(booked), SALE).statusCode(409);

        TestWorkspace.apply(ws.rescheduled(booked, Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1)));
        record(ws.closerToken(), callId(booked), SALE).statusCode(200)
                .body("hostId", equalTo(ws.managerId().toString()));
    }

    @Test
    void shouldApplyARedeliveredBookingOnlyOnce() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        CloudEvent booked = ws.booked("STRATEGY", ws.closerId(), Instant.now().minus(Duration.ofHours(3)),
                Duration.ofHours(1));
        CloudEvent movedAhead = ws.rescheduled(booked, Instant.now().plus(Duration.ofDays(1)), Duration.ofHours(1));

        // Had the second delivery been applied, the call would be back in the past and open for an outcome.
        TestWorkspace.apply(booked, movedAhead, booked);

        record(ws.closerToken(), callId(booked), SALE).statusCode(409);
    }

    @Test
    void shouldIgnoreChangesToACallThatWasNeverBooked() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        UUID unknown = UUID.randomUUID();
        TestWorkspace.apply(ws.cancelled(unknown));

        record(ws.closerToken(), unknown, SALE).statusCode(404);
        record(ws.closerToken(), ws.pastStrategyCall(), SALE).statusCode(200);
    }

    private static UUID callId(CloudEvent event) {
        return UUID.fromString(event.subject());
    }
}
