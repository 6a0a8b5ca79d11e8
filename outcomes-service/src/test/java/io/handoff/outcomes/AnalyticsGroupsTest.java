package io.handoff.outcomes;

import io.handoff.events.EventType;
import io.handoff.testing.InfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.handoff.outcomes.AnalyticsApi.summary;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Summary groups: a group that sums to nothing is left out; the group of items without one says what it is. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class AnalyticsGroupsTest {

    @Test
    void shouldLeaveOutEmptyGroupsAndLabelTheItemsWithoutAGroup() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        WorkspaceEvents events = new WorkspaceEvents(ws.id());
        LocalDate today = LocalDate.now();
        UUID eventType = UUID.randomUUID();
        // A lead (no closer, no setter) and a zero-value RECURRING deal without a call or setter: the deal adds
        // nothing to any figure, so its groups (its closer's; no setter, event type or source) would be all zeros.
        TestWorkspace.deliver(List.of(
                events.lead(UUID.randomUUID(), eventType, "QUALIFIED", "lee@example.com", "google",
                        Instant.now().minus(Duration.ofDays(2))),
                events.deal(EventType.DEAL_CREATED, UUID.randomUUID(), null, ws.closerId(), null, "0", "RECURRING",
                        today.minusDays(2))));
        LocalDate from = today.minusDays(7);

        summary(ws.adminToken(), from, today, "closer").statusCode(200)
                .body("groups.key", contains((Object) null)).body("groups.label", contains("no closer"))
                .body("groups[0].leadsCaptured", equalTo(1)).body("total.leadsCaptured", equalTo(1));
        summary(ws.adminToken(), from, today, "setter").statusCode(200)
                .body("groups.label", contains("no setter")).body("groups[0].leadsQualified", equalTo(1));
        summary(ws.adminToken(), from, today, "eventType").statusCode(200)
                .body("groups.key", contains(eventType.toString())).body("groups[0].leadsCaptured", equalTo(1));
        summary(ws.adminToken(), from, today, "utmSource").statusCode(200)
                .body("groups.label", contains("google")).body("total.revenue", equalTo("0.00"));
    }
}
