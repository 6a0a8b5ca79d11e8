package io.handoff.notifications;

import io.handoff.events.CloudEvent;
import io.handoff.events.Invitee;
import io.handoff.events.PersonRef;
import io.handoff.events.Topics;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TestClock;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A day before a strategy call the closer gets the handoff brief: the invitee's answers, the setter's
 * handoff notes and discovery outcome notes, and what happened to the lead so far.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
@QuarkusTestResource(MailServer.class)
class HandoffBriefTest {

    @Inject
    TestClock clock;

    private final TopicProbe probe = new TopicProbe();

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void shouldSendTheCloserTheBriefADayBeforeTheStrategyCall() {
        TestWorkspace ws = TestWorkspace.open(probe);
        String closerEmail = "cole-" + UUID.randomUUID() + "@example.com";
        UUID closerId = ws.addUser(probe, UUID.randomUUID(), "USER", "Cole Closer", closerEmail, "Europe/Berlin");
        UUID setterId = ws.userId();
        String setter = ws.name("USER");
        Invitee lead = new Invitee("lee-" + UUID.randomUUID() + "@example.com", "Lee Lead", null, "America/Chicago");
        UUID contactId = UUID.randomUUID();
        UUID approvalId = UUID.randomUUID();
        Instant start = clock.instant().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        var booking = HandoffEvents.Booking.strategy(new PersonRef(closerId, "Cole Closer", closerEmail), lead, start)
                .approved(contactId, approvalId, new PersonRef(setterId, setter, ws.email("USER")));

        probe.publish(Topics.CONTACTS, HandoffEvents.contactCreated(ws, contactId, lead, "QUALIFIED", null,
                clock.instant().minus(2, ChronoUnit.DAYS)));
        probe.publish(Topics.CONTACTS, HandoffEvents.claimed(ws, contactId, setterId, clock.instant().minus(47,
                ChronoUnit.HOURS)));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                TestWorkspace.count("select count(*) from known_contact where id = ?", contactId) == 1);
        probe.publish(Topics.OUTCOMES, HandoffEvents.discoveryApproved(ws, contactId, setterId,
                "Runs 3 closers, wants 10 by March", clock.instant().minus(1, ChronoUnit.DAYS)));
        probe.publish(Topics.CONTACTS, HandoffEvents.bookingRequested(ws, approvalId, contactId, setterId, lead, start,
                Map.of("pain", "No-shows eat 30% of calls", "budget", "$5k a month"), clock.instant()));
        probe.publish(Topics.SCHEDULING, HandoffEvents.callBooked(ws, booking, clock.instant()));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                TestWorkspace.count("select count(*) from handoff_note where approval_id = ?", approvalId) == 1
                        && TestWorkspace.count("select count(*) from known_contact where id = ? "
                        + "and discovery_result is not null", contactId) == 1
                        && ws.reminders("callId", booking.callId()).stream()
                        .anyMatch(r -> "HANDOFF_BRIEF".equals(r.get("kind")) && "PENDING".equals(r.get("status"))));
        assertThat(MailServer.to(closerEmail)).isEmpty();

        clock.advanceTo(start.minus(1, ChronoUnit.DAYS).plusSeconds(1));

        var brief = MailServer.awaitOne(closerEmail, "Handoff brief: Lee Lead, Strategy Call on ");
        assertThat(brief.subject()).endsWith("(Europe/Berlin time)");
        assertThat(brief.text()).startsWith("Hi Cole Closer,")
                .contains("Your Strategy Call with Lee Lead (" + lead.email() + ") is on ")
                .contains("Set by: " + setter)
                .contains("Answers\n- Monthly budget: $1k-$5k\n")
                .contains("Handoff notes\n- budget: $5k a month\n- pain: No-shows eat 30% of calls\n")
                .contains("Setter's discovery outcome\n- APPROVED: Runs 3 closers, wants 10 by March\n")
                .containsSubsequence("Journey (Europe/Berlin time)", "Captured from the booking form as a qualified lead",
                        "Claimed by " + setter, "Discovery call outcome APPROVED by " + setter,
                        "Approved by " + setter + " for a strategy call", "Strategy Call booked with Cole Closer");
        CloudEvent sent = probe.awaitOne(Topics.NOTIFICATIONS, e -> e.type().equals("notification.sent.v1")
                && e.data().path("kind").asText().equals("HANDOFF_BRIEF")
                && booking.callId().toString().equals(e.data().path("callId").asText()));
        assertThat(sent.data().path("recipient").asText()).isEqualTo(closerEmail);
        assertThat(sent.data().path("contactId").asText()).isEqualTo(contactId.toString());
    }

    @Test
    void shouldSendTheBriefAtOnceForAStrategyCallBookedLessThanADayAhead() {
        TestWorkspace ws = TestWorkspace.open(probe);
        String closerEmail = "cleo-" + UUID.randomUUID() + "@example.com";
        Invitee lead = new Invitee("max-" + UUID.randomUUID() + "@example.com", "Max Lead", null, "UTC");
        var booking = HandoffEvents.Booking.strategy(new PersonRef(UUID.randomUUID(), "Cleo Closer", closerEmail), lead,
                clock.instant().plus(3, ChronoUnit.HOURS));

        probe.publish(Topics.SCHEDULING, HandoffEvents.callBooked(ws, booking, clock.instant()));

        assertThat(MailServer.awaitOne(closerEmail, "Handoff brief: Max Lead").text())
                .startsWith("Hi Cleo Closer,")
                .contains("Handoff notes\n- none recorded\n")
                .contains("Setter's discovery outcome\n- none recorded\n");
    }
}
