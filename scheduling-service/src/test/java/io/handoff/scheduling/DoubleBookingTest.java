package io.handoff.scheduling;

import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TestClock;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** No double booking, whatever the concurrency: the database itself refuses overlapping calls of a host. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class DoubleBookingTest {

    private static final String INSERT = "insert into call (id, workspace_id, event_type_id, kind, host_id, start_at, "
            + "end_at, blocked_from, blocked_to, status, booked_via, invitee_email, created_at, updated_at) "
            + "values ($1, $2, $3, 'STRATEGY', $4, $5, $6, $5, $7, $8, 'INTERNAL', 'db@example.com', now(), now())";

    private final TopicProbe probe = new TopicProbe();

    @Inject
    TestClock clock;
    @Inject
    Pool pool;

    @Test
    void shouldGiveOneOfFiftyConcurrentRequestsTheSlotAndTheOthers409() throws Exception {
        clock.set("2027-06-01T00:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        String typeId = tenant.createEventType(Fixtures.eventType("Closer Call", "STRATEGY", 30, "SPECIFIC",
                Map.of(tenant.hostA(), 1)));
        tenant.setAvailability(tenant.hostA(), Fixtures.alwaysFree("UTC"));

        List<Integer> statuses = Concurrently.postCalls(tenant.adminToken(), 50, 16,
                i -> Fixtures.newCall(typeId, tenant.hostA(), "2027-06-02T10:00:00Z", "race-" + i + "@example.com"));

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(49);
        long calls = pool.preparedQuery("select count(*) from call where host_id = $1")
                .execute(Tuple.of(tenant.hostA())).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
        assertThat(calls).isEqualTo(1);
    }

    @Test
    void shouldRefuseOverlappingLiveCallsOfAHostInTheDatabase() {
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        UUID typeId = UUID.fromString(tenant.createEventType(Fixtures.eventType("Closer Call", "STRATEGY", 30,
                "SPECIFIC", Map.of(tenant.hostA(), 1))));
        insert(tenant, typeId, "10:00", "10:30", "10:45", "BOOKED");

        // 10:40 starts inside the first call's after-buffer: refused, by SQLSTATE 23P01.
        assertThatThrownBy(() -> insert(tenant, typeId, "10:40", "11:10", "11:10", "BOOKED"))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.getSqlState()).isEqualTo("23P01"));
        insert(tenant, typeId, "10:45", "11:15", "11:15", "BOOKED");
        insert(tenant, typeId, "10:15", "10:45", "10:45", "CANCELLED");
    }

    private void insert(TestTenant tenant, UUID typeId, String start, String end, String blockedTo, String status) {
        String day = "2027-06-03T";
        pool.preparedQuery(INSERT).execute(Tuple.from(List.of(UUID.randomUUID(), tenant.id(), typeId, tenant.hostA(),
                        OffsetDateTime.parse(day + start + ":00Z"), OffsetDateTime.parse(day + end + ":00Z"),
                        OffsetDateTime.parse(day + blockedTo + ":00Z"), status)))
                .await().atMost(Duration.ofSeconds(10));
    }
}
