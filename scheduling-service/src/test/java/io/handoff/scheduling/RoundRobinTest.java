package io.handoff.scheduling;

import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TestClock;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Round robin over many bookings: equal shares, weighted shares, and hosts at their daily cap skipped. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class RoundRobinTest {

    private final TopicProbe probe = new TopicProbe();

    @Inject
    TestClock clock;

    @Test
    void shouldGiveEqualHostsExactlyEqualSharesOf300Bookings() throws Exception {
        clock.set("2027-05-03T00:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        UUID hostC = tenant.addHost(probe, "Cara Closer");
        String typeId = roundRobin(tenant, Map.of(tenant.hostA(), 1, tenant.hostB(), 1, hostC, 1), null);

        bookMany(tenant, typeId, 300);

        assertThat(countsByHost(tenant, typeId)).containsOnly(Map.entry(tenant.hostA(), 100L),
                Map.entry(tenant.hostB(), 100L), Map.entry(hostC, 100L));
    }

    @Test
    void shouldFollowWeightsTwoToOneToOne() throws Exception {
        clock.set("2027-05-03T00:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        UUID hostC = tenant.addHost(probe, "Cara Closer");
        String typeId = roundRobin(tenant, Map.of(tenant.hostA(), 2, tenant.hostB(), 1, hostC, 1), null);

        bookMany(tenant, typeId, 200);

        Map<UUID, Long> counts = countsByHost(tenant, typeId);
        assertThat(counts.get(tenant.hostA())).isBetween(99L, 101L);
        assertThat(counts.get(tenant.hostB())).isBetween(49L, 51L);
        assertThat(counts.get(hostC)).isBetween(49L, 51L);
    }

    @Test
    void shouldSkipAHostAtItsDailyCap() throws Exception {
        clock.set("2027-05-03T00:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        UUID hostC = tenant.addHost(probe, "Cara Closer");
        String typeId = roundRobin(tenant, Map.of(tenant.hostA(), 1, tenant.hostB(), 1, hostC, 1), tenant.hostA());

        bookMany(tenant, typeId, 9);

        Map<UUID, Long> counts = countsByHost(tenant, typeId);
        assertThat(counts.get(tenant.hostA())).isEqualTo(2L);
        assertThat(counts.get(tenant.hostB()) + counts.get(hostC)).isEqualTo(7L);
        assertThat(Math.abs(counts.get(tenant.hostB()) - counts.get(hostC))).isLessThanOrEqualTo(1L);
    }

    /** A 15-minute round-robin event type whose hosts are always free; {@code capped} may take 2 calls a day. */
    private static String roundRobin(TestTenant tenant, Map<UUID, Integer> weights, UUID capped) {
        String typeId = tenant.createEventType(Fixtures.eventType("Round Robin", "STRATEGY", 15, "ROUND_ROBIN", weights));
        for (UUID host : weights.keySet()) {
            tenant.setAvailability(host, host.equals(capped)
                    ? Fixtures.availability("UTC", Fixtures.ALL_DAYS, "00:00", "24:00", 0, 0, 0, 2)
                    : Fixtures.alwaysFree("UTC"));
        }
        return typeId;
    }

    /** Books n calls at consecutive quarter hours from 2027-05-04T00:00Z, four at a time. */
    private static void bookMany(TestTenant tenant, String typeId, int n) throws Exception {
        Instant first = Instant.parse("2027-05-04T00:00:00Z");
        List<Integer> statuses = Concurrently.postCalls(tenant.adminToken(), n, 4, i -> Fixtures.newCall(typeId, null,
                first.plusSeconds(900L * i).toString(), "rr-" + i + "@example.com"));
        assertThat(statuses).containsOnly(201);
    }

    private static Map<UUID, Long> countsByHost(TestTenant tenant, String typeId) {
        List<String> hosts = given().auth().oauth2(tenant.adminToken()).queryParam("eventTypeId", typeId)
                .queryParam("limit", 500).get("/api/v1/calls").then().statusCode(200)
                .extract().jsonPath().getList("items.host.userId");
        return hosts.stream().map(UUID::fromString)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
