package io.handoff.notifications;

import io.handoff.events.CloudEvent;
import io.handoff.events.Invitee;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * A lead turning QUALIFIED alerts its setter owner or every setter; without a setter action within the
 * workspace's speed-to-lead SLA, lead.sla-breached.v1 is raised and managers and admins are emailed.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
@QuarkusTestResource(MailServer.class)
class LeadAlertTest {

    @Inject
    TestClock clock;

    private final TopicProbe probe = new TopicProbe();

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void shouldTellTheSetterOwnerWhenTheirLeadQualifies() {
        TestWorkspace ws = TestWorkspace.open(probe);
        Invitee lead = lead();
        UUID contactId = UUID.randomUUID();
        probe.publish(Topics.CONTACTS, HandoffEvents.contactCreated(ws, contactId, lead, "POTENTIAL", ws.userId(),
                clock.instant()));
        awaitContact(contactId);
        Instant qualifiedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        probe.publish(Topics.SCHEDULING, HandoffEvents.leadCaptured(ws, shouting(lead), "QUALIFIED", qualifiedAt));

        var alert = MailServer.awaitOne(ws.email("USER"), "New qualified lead: Lena Lead");
        assertThat(alert.text()).startsWith("Hi " + ws.name("USER") + ",")
                .contains("Lena Lead (" + lead.email() + ", " + lead.phone() + ") completed the booking form")
                .contains("(Europe/Berlin time)").contains("You own this lead.").contains("within 5 minutes");
        CloudEvent sent = probe.awaitOne(Topics.NOTIFICATIONS, e -> e.type().equals("notification.sent.v1")
                && contactId.toString().equals(e.data().path("contactId").asText()));
        assertThat(sent.data().path("kind").asText()).isEqualTo("QUALIFIED_ALERT");
        assertThat(sent.data().path("recipient").asText()).isEqualTo(ws.email("USER"));
        assertThat(ws.reminders("contactId", contactId)).extracting(r -> r.get("kind"), r -> r.get("recipient"),
                        r -> Instant.parse((String) r.get("dueAt")))
                .contains(tuple("SLA_CHECK", null, qualifiedAt.plus(5, ChronoUnit.MINUTES)));
        assertThat(MailServer.to(ws.email("MANAGER"))).isEmpty();
    }

    @Test
    void shouldTellEverySetterWhenAnUnownedLeadQualifiedBeforeItsContactWasKnown() {
        TestWorkspace ws = TestWorkspace.open(probe);
        String secondSetter = "setter-" + UUID.randomUUID() + "@example.com";
        UUID secondSetterId = ws.addUser(probe, UUID.randomUUID(), "USER", "Second Setter", secondSetter, "UTC");
        UUID closer = ws.addUser(probe, "USER");
        hosting(ws, "DISCOVERY", List.of(ws.userId(), secondSetterId));
        hosting(ws, "STRATEGY", List.of(closer));
        Invitee lead = lead();
        UUID contactId = UUID.randomUUID();
        probe.publish(Topics.SCHEDULING, HandoffEvents.leadCaptured(ws, lead, "QUALIFIED", clock.instant()));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestWorkspace.count(
                "select count(*) from pending_qualification where email = ?", lead.email()) == 1);

        probe.publish(Topics.CONTACTS, HandoffEvents.contactCreated(ws, contactId, lead, "QUALIFIED", null,
                clock.instant()));

        assertThat(MailServer.awaitOne(secondSetter, "New qualified lead: ").text())
                .startsWith("Hi Second Setter,").contains("no setter owner yet");
        assertThat(MailServer.awaitOne(ws.email("USER"), "New qualified lead: ").text()).contains("claim it");
        assertThat(ws.reminders("contactId", contactId)).filteredOn(r -> "QUALIFIED_ALERT".equals(r.get("kind")))
                .extracting(r -> r.get("recipient")).containsExactlyInAnyOrder(secondSetter, ws.email("USER"));
    }

    @Test
    void shouldAlertTheSettersNotTheClosersOnceAnUnownedLeadQualifies() throws Exception {
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID closer = ws.addUser(probe, "USER");
        UUID otherCloser = ws.addUser(probe, "USER");
        hosting(ws, "DISCOVERY", List.of(ws.userId()));
        hosting(ws, "STRATEGY", List.of(closer, otherCloser, ws.userId()));
        Invitee lead = lead();
        UUID contactId = UUID.randomUUID();
        probe.publish(Topics.CONTACTS, HandoffEvents.contactCreated(ws, contactId, lead, "POTENTIAL", null,
                clock.instant()));
        awaitContact(contactId);

        CloudEvent qualified = HandoffEvents.leadCaptured(ws, lead, "QUALIFIED", clock.instant());
        probe.publish(Topics.SCHEDULING, qualified);
        MailServer.awaitOne(ws.email("USER"), "New qualified lead: ");
        // The same event redelivered, and a second qualifying submission of the same lead: no second alert.
        probe.publish(Topics.SCHEDULING, qualified);
        CloudEvent again = HandoffEvents.leadCaptured(ws, lead, "QUALIFIED", clock.instant().plusSeconds(30));
        probe.publish(Topics.SCHEDULING, again);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestWorkspace.count(
                "select count(*) from inbox_event where event_id = ?", again.id()) == 1);

        assertThat(ws.reminders("contactId", contactId)).filteredOn(r -> "QUALIFIED_ALERT".equals(r.get("kind")))
                .extracting(r -> r.get("recipient")).containsExactly(ws.email("USER"));
        assertThat(MailServer.to(ws.email("USER"))).filteredOn(m -> m.subject().startsWith("New qualified lead: "))
                .hasSize(1);
        assertThat(MailServer.to(closer + "@example.com")).isEmpty();
        assertThat(MailServer.to(otherCloser + "@example.com")).isEmpty();
    }

    @Test
    void shouldAlertTheUsersWhoHostNothingWhenTheWorkspaceHasNoDiscoveryCalls() {
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID closer = ws.addUser(probe, "USER");
        hosting(ws, "STRATEGY", List.of(closer));
        Invitee lead = lead();
        UUID contactId = UUID.randomUUID();
        probe.publish(Topics.CONTACTS, HandoffEvents.contactCreated(ws, contactId, lead, "POTENTIAL", null,
                clock.instant()));
        awaitContact(contactId);

        probe.publish(Topics.SCHEDULING, HandoffEvents.leadCaptured(ws, lead, "QUALIFIED", clock.instant()));

        await().atMost(Duration.ofSeconds(20)).until(() -> ws.reminders("contactId", contactId).size() == 2);
        assertThat(ws.reminders("contactId", contactId)).filteredOn(r -> "QUALIFIED_ALERT".equals(r.get("kind")))
                .extracting(r -> r.get("recipient")).containsExactly(ws.email("USER"));
    }

    @Test
    void shouldRaiseTheBreachAndTellManagersWhenNoSetterActsWithinTheSla() {
        TestWorkspace ws = TestWorkspace.open(probe, 15);
        Invitee lead = lead();
        UUID contactId = UUID.randomUUID();
        probe.publish(Topics.CONTACTS, HandoffEvents.contactCreated(ws, contactId, lead, "POTENTIAL", ws.userId(),
                clock.instant()));
        awaitContact(contactId);
        Instant qualifiedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        probe.publish(Topics.SCHEDULING, HandoffEvents.leadCaptured(ws, lead, "QUALIFIED", qualifiedAt));
        MailServer.awaitOne(ws.email("USER"), "New qualified lead: ");

        clock.advanceTo(qualifiedAt.plus(15, ChronoUnit.MINUTES).plusSeconds(1));

        CloudEvent breach = probe.awaitOne(Topics.NOTIFICATIONS, e -> e.type().equals("lead.sla-breached.v1")
                && contactId.toString().equals(e.data().path("contactId").asText()));
        assertThat(breach.data().path("slaMinutes").asInt()).isEqualTo(15);
        assertThat(breach.data().path("setterOwnerId").asText()).isEqualTo(ws.userId().toString());
        assertThat(Instant.parse(breach.data().path("qualifiedAt").asText())).isEqualTo(qualifiedAt);
        assertThat(breach.workspaceId()).isEqualTo(ws.id());
        for (String role : List.of("MANAGER", "ADMIN")) {
            assertThat(MailServer.awaitOne(ws.email(role), "Speed-to-lead missed: Lena Lead").text())
                    .contains("no setter acted within 15 minutes").contains("Setter owner: " + ws.name("USER"));
        }
        assertThat(probe.await(Topics.NOTIFICATIONS, e -> e.type().equals("notification.sent.v1")
                && contactId.toString().equals(e.data().path("contactId").asText())
                && e.data().path("kind").asText().equals("SLA_ALERT"), 2))
                .extracting(e -> e.data().path("recipient").asText())
                .containsExactlyInAnyOrder(ws.email("MANAGER"), ws.email("ADMIN"));
        assertThat(check(ws, contactId).get("status")).isEqualTo("SENT");
    }

    @Test
    void shouldRaiseNoBreachWhenASetterClaimsTheLeadInTime() {
        TestWorkspace ws = TestWorkspace.open(probe);
        Invitee lead = lead();
        UUID contactId = UUID.randomUUID();
        probe.publish(Topics.CONTACTS, HandoffEvents.contactCreated(ws, contactId, lead, "POTENTIAL", null,
                clock.instant()));
        awaitContact(contactId);
        Instant qualifiedAt = clock.instant();
        probe.publish(Topics.SCHEDULING, HandoffEvents.leadCaptured(ws, lead, "QUALIFIED", qualifiedAt));
        await().atMost(Duration.ofSeconds(20)).until(() -> ws.reminders("contactId", contactId).size() == 2);

        probe.publish(Topics.CONTACTS, HandoffEvents.claimed(ws, contactId, ws.userId(), qualifiedAt.plusSeconds(90)));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestWorkspace.count(
                "select count(*) from known_contact where id = ? and last_setter_action_at is not null", contactId) == 1);
        clock.advanceTo(qualifiedAt.plus(6, ChronoUnit.MINUTES));

        await().atMost(Duration.ofSeconds(20)).until(() -> "SKIPPED".equals(check(ws, contactId).get("status")));
        assertThat((String) check(ws, contactId).get("statusReason")).startsWith("A setter acted at");
        assertThat(MailServer.to(ws.email("MANAGER"))).isEmpty();
    }

    @Test
    void shouldLetTheMergedPrimaryContactCarryTheSpeedToLeadCheck() throws Exception {
        TestWorkspace ws = TestWorkspace.open(probe);
        Invitee duplicate = lead();
        UUID duplicateId = UUID.randomUUID();
        UUID primaryId = UUID.randomUUID();
        probe.publish(Topics.CONTACTS, HandoffEvents.contactCreated(ws, primaryId, lead(), "POTENTIAL", null,
                clock.instant()));
        probe.publish(Topics.CONTACTS, HandoffEvents.contactCreated(ws, duplicateId, duplicate, "POTENTIAL", null,
                clock.instant()));
        awaitContact(duplicateId);
        Instant qualifiedAt = clock.instant();
        probe.publish(Topics.SCHEDULING, HandoffEvents.leadCaptured(ws, duplicate, "QUALIFIED", qualifiedAt));
        await().atMost(Duration.ofSeconds(20)).until(() -> ws.reminders("contactId", duplicateId).size() == 2);

        probe.publish(Topics.CONTACTS, HandoffEvents.merged(ws, primaryId, duplicateId, clock.instant()));
        await().atMost(Duration.ofSeconds(20)).until(() -> ws.reminders("contactId", primaryId).size() == 2);
        assertThat(TestWorkspace.count("select count(*) from known_contact where id = ?", duplicateId)).isZero();
        probe.publish(Topics.CONTACTS, HandoffEvents.claimed(ws, primaryId, ws.userId(), qualifiedAt.plusSeconds(60)));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestWorkspace.count(
                "select count(*) from known_contact where id = ? and last_setter_action_at is not null", primaryId) == 1);
        clock.advanceTo(qualifiedAt.plus(6, ChronoUnit.MINUTES));

        await().atMost(Duration.ofSeconds(20)).until(() -> "SKIPPED".equals(check(ws, primaryId).get("status")));
        assertThat(ws.reminders("contactId", duplicateId)).isEmpty();
    }

    @Test
    void shouldAlertNobodyAboutALeadThatQualifiedMoreThanADayAgo() {
        TestWorkspace ws = TestWorkspace.open(probe);
        Invitee lead = lead();
        UUID contactId = UUID.randomUUID();
        probe.publish(Topics.CONTACTS, HandoffEvents.contactCreated(ws, contactId, lead, "POTENTIAL", ws.userId(),
                clock.instant()));
        awaitContact(contactId);

        probe.publish(Topics.SCHEDULING, HandoffEvents.leadCaptured(ws, lead, "QUALIFIED",
                clock.instant().minus(2, ChronoUnit.DAYS)));

        await().atMost(Duration.ofSeconds(20)).until(() -> TestWorkspace.count(
                "select count(*) from known_contact where id = ? and qualified_at is not null", contactId) == 1);
        assertThat(ws.reminders("contactId", contactId)).isEmpty();
    }

    private static Map<String, Object> check(TestWorkspace ws, UUID contactId) {
        return ws.reminders("contactId", contactId).stream().filter(r -> "SLA_CHECK".equals(r.get("kind")))
                .findFirst().orElseThrow();
    }

    /** An event type of the workspace as scheduling announces it, once this service has applied it. */
    private void hosting(TestWorkspace ws, String kind, List<UUID> hosts) {
        UUID id = UUID.randomUUID();
        probe.publish(Topics.SCHEDULING, HandoffEvents.eventTypeSaved(ws, id, kind, hosts, clock.instant()));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                TestWorkspace.count("select count(*) from known_event_type where id = ?", id) == 1);
    }

    private static void awaitContact(UUID contactId) {
        await().atMost(Duration.ofSeconds(20)).until(() ->
                TestWorkspace.count("select count(*) from known_contact where id = ?", contactId) == 1);
    }

    private static Invitee lead() {
        return new Invitee("lena-" + UUID.randomUUID() + "@example.com", "Lena Lead", "+4915112345678", "Europe/Berlin");
    }

    /** The same person typing their address in capitals: contacts match by email whatever its case. */
    private static Invitee shouting(Invitee invitee) {
        return new Invitee(invitee.email().toUpperCase(), invitee.name(), invitee.phone(), invitee.timeZone());
    }
}
