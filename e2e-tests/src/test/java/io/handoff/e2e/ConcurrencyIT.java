package io.handoff.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Many customers racing for one closer's slot, from the public form and from inside, get exactly one call. */
@Order(2)
@ExtendWith(PlatformExtension.class)
class ConcurrencyIT {

    private static final int RACERS = 100;

    private static Scenario scenario;

    @BeforeAll
    static void setUp(E2ePlatform e2e) {
        scenario = Scenario.open(e2e, "race");
    }

    @Test
    void shouldBookOneCallWhenAHundredRaceForOneSlot() throws Exception {
        String closer = scenario.closerOne.id();
        String start = scenario.slots(scenario.strategyId, scenario.setter.token(), closer).get(0);
        List<Callable<Http.Answer>> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String email = "racer" + i + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
            if (i % 2 == 0) {
                racers.add(() -> Http.send("POST", scenario.publicUrl(scenario.strategyId, "/bookings"), null,
                        Map.of("email", email, "name", "Racer", "timeZone", "UTC", "start", start,
                                "hostId", closer)));
            } else {
                racers.add(() -> Http.send("POST", scenario.e2e.scheduling("/calls"), scenario.setter.token(),
                        Map.of("eventTypeId", scenario.strategyId, "hostId", closer, "start", start,
                                "invitee", Map.of("email", email, "timeZone", "UTC"))));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(25);
        List<Http.Answer> answers = new ArrayList<>();
        try {
            for (Future<Http.Answer> answer : pool.invokeAll(racers)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as("%s", a).isIn(201, 409, 429));
        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);

        Http.Answer calls = Http.send("GET", scenario.e2e.scheduling("/calls?tab=upcoming&hostId=" + closer
                + "&eventTypeId=" + scenario.strategyId + "&limit=100"), scenario.workspace.admin.token(), null);
        assertThat(calls.status()).as("calls: %s", calls).isEqualTo(200);
        assertThat(calls.json().path("items")).hasSize(1);
    }
}
