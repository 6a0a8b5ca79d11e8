package io.handoff.scheduling.bench;

import io.handoff.testing.TestClock;
import io.handoff.scheduling.TestTenant;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end latency of GET .../slots (HTTP, both queries on the real PostgreSQL, JSON) for a 20-host
 * round-robin event type over 30 days with 2,000 existing calls. Not part of verify (the name does not end
 * in Test): run with {@code -Dtest=SlotEndpointBenchmark} (see README).
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class SlotEndpointBenchmark {

    private static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "America/Los_Angeles",
            "Europe/London", "Asia/Kolkata");
    private static final String INSERT = "insert into call (id, workspace_id, event_type_id, kind, host_id, start_at, "
            + "end_at, blocked_from, blocked_to, status, booked_via, invitee_email, created_at, updated_at) values "
            + "($1, $2, $3, 'STRATEGY', $4, $5, $6, $5, $7, 'BOOKED', 'INTERNAL', 'bench@example.com', now(), now())";

    private final TopicProbe probe = new TopicProbe();

    @Inject
    TestClock clock;
    @Inject
    Pool pool;

    @Test
    void measureSlotsOf20HostsOver30DaysWith2000Calls() throws Exception {
        clock.set("2027-02-28T12:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        List<UUID> hosts = new ArrayList<>(List.of(tenant.hostA(), tenant.hostB()));
        for (int i = hosts.size(); i < 20; i++) {
            hosts.add(tenant.addHost(probe, "Host " + i));
        }
        String typeId = tenant.createEventType(Map.of("name", "Strategy Call", "kind", "STRATEGY", "durationMinutes", 30,
                "assignment", "ROUND_ROBIN", "hosts", hosts.stream().map(h -> Map.of("userId", h.toString())).toList()));
        for (int i = 0; i < hosts.size(); i++) {
            tenant.setAvailability(hosts.get(i), Map.of("timeZone", ZONES.get(i % ZONES.size()),
                    "weekly", Stream.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
                            .map(d -> Map.of("day", d, "start", "09:00", "end", "17:00")).toList(),
                    "bufferAfterMinutes", 10, "minimumNoticeMinutes", 60, "maxCallsPerDay", 8));
        }
        insertCalls(tenant, UUID.fromString(typeId), hosts);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/public/"
                + tenant.slug() + "/event-types/" + typeId + "/slots?from=2027-03-01&to=2027-03-30&timeZone=America/Chicago"))
                .build();

        for (int i = 0; i < 300; i++) {
            assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long[] nanos = new long[1_000];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            http.send(request, HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - start;
        }
        double cpuPerRequest = (os.getProcessCpuTime() - cpuStart) / 1e6 / nanos.length;
        Arrays.sort(nanos);
        System.out.printf("GET slots, 20 hosts, 2000 calls, 30 days: p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                nanos[499] / 1e6, nanos[899] / 1e6, nanos[989] / 1e6, nanos[999] / 1e6);
        // Process CPU (server, client and background threads of this JVM; not PostgreSQL's) per request.
        System.out.printf("JVM CPU per request %.2f ms (load average %.1f on %d cores)%n", cpuPerRequest,
                os.getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    }

    /** 100 half-hour calls per host on random whole hours of its working days in March 2027. */
    private void insertCalls(TestTenant tenant, UUID typeId, List<UUID> hosts) {
        Random random = new Random(42);
        List<Tuple> rows = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            ZoneId zone = ZoneId.of(ZONES.get(i % ZONES.size()));
            List<Instant> starts = new ArrayList<>();
            for (LocalDate day = LocalDate.parse("2027-03-01"); day.isBefore(LocalDate.parse("2027-03-31"));
                 day = day.plusDays(1)) {
                if (day.getDayOfWeek().getValue() <= 5) {
                    for (int hour = 9; hour < 17; hour++) {
                        starts.add(day.atTime(hour, 0).atZone(zone).toInstant());
                    }
                }
            }
            Collections.shuffle(starts, random);
            for (Instant start : starts.subList(0, 100)) {
                rows.add(Tuple.from(List.of(UUID.randomUUID(), tenant.id(), typeId, hosts.get(i), utc(start),
                        utc(start.plusSeconds(1_800)), utc(start.plusSeconds(2_400)))));
            }
        }
        pool.preparedQuery(INSERT).executeBatch(rows).await().atMost(Duration.ofSeconds(60));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
