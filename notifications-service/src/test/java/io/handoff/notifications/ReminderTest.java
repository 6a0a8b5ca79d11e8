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
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The invitee's confirmation and reminders: sent over real SMTP (and the SMS provider), written in the
 * invitee's time zone, re-planned on reschedule, dropped on cancel, skipped when already due at booking.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
@QuarkusTestResource(MailServer.class)
class ReminderTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);

    @Inject
    TestClock clock;
    @Inject
    RecordingSmsSender sms;

    private final TopicProbe probe = new TopicProbe();

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void shouldConfirmAtOnceAndRemindADayAndAnHourBeforeInTheInviteesTimeZone() {
        TestWorkspace ws = TestWorkspace.open(probe);
        Invitee invitee = invitee(phone());
        ZonedDateTime start = nineInNewYork(3);
        UUID contactId = UUID.randomUUID();
        var booking = HandoffEvents.Booking.strategy(cole(), invitee, start.toInstant())
                .approved(contactId, UUID.randomUUID(), new PersonRef(ws.userId(), "Sam Setter", ws.email("USER")));
        String sentence = "Your Strategy Call with Cole Closer is on " + DAY.format(start)
                + " at 09:00 (America/New_York time).";

        probe.publish(Topics.SCHEDULING, HandoffEvents.callBooked(ws, booking, clock.instant()));

        var confirmation = MailServer.awaitOne(invitee.email(), "Confirmed: Strategy Call with Cole Closer");
        assertThat(confirmation.text()).startsWith("Hi Lee Lead,").contains(sentence);
        assertThat(confirmation.from()).contains("notifications@handoff.test");
        assertThat(sms.awaitTo(invitee.phone(), 1).get(0).text()).isEqualTo("Confirmed: " + sentence);
        assertThat(awaitReminders(ws, booking.callId(), 7)).extracting(r -> r.get("kind"), r -> r.get("channel"),
                r -> r.get("status"), r -> r.get("dueAt") == null ? null : Instant.parse((String) r.get("dueAt")))
                .contains(tuple("REMINDER_24H", "EMAIL", "PENDING", start.toInstant().minus(1, ChronoUnit.DAYS)),
                        tuple("REMINDER_24H", "SMS", "PENDING", start.toInstant().minus(1, ChronoUnit.DAYS)),
                        tuple("REMINDER_1H", "EMAIL", "PENDING", start.toInstant().minus(1, ChronoUnit.HOURS)),
                        tuple("REMINDER_1H", "SMS", "PENDING", start.toInstant().minus(1, ChronoUnit.HOURS)));

        clock.advanceTo(start.toInstant().minus(1, ChronoUnit.DAYS).plusSeconds(1));
        assertThat(MailServer.awaitOne(invitee.email(), "Tomorrow: Strategy Call with Cole Closer").text())
                .contains(sentence);
        assertThat(sms.awaitTo(invitee.phone(), 2).get(1).text()).isEqualTo("Reminder: " + sentence);
        assertThat(MailServer.to(invitee.email())).noneMatch(m -> m.subject().startsWith("In one hour"));

        clock.advanceTo(start.toInstant().minus(1, ChronoUnit.HOURS).plusSeconds(1));
        assertThat(MailServer.awaitOne(invitee.email(), "In one hour: Strategy Call with Cole Closer").text())
                .contains(sentence);
        assertThat(sms.awaitTo(invitee.phone(), 3).get(2).text()).isEqualTo("Reminder: " + sentence);

        List<CloudEvent> sent = probe.await(Topics.NOTIFICATIONS, e -> e.type().equals("notification.sent.v1")
                && booking.callId().toString().equals(e.data().path("callId").asText())
                && !e.data().path("kind").asText().equals("HANDOFF_BRIEF"), 6);
        assertThat(sent).extracting(e -> e.data().path("kind").asText(), e -> e.data().path("channel").asText(),
                        e -> e.data().path("recipient").asText())
                .containsExactlyInAnyOrder(tuple("CONFIRMATION", "EMAIL", invitee.email()),
                        tuple("CONFIRMATION", "SMS", invitee.phone()), tuple("REMINDER_24H", "EMAIL", invitee.email()),
                        tuple("REMINDER_24H", "SMS", invitee.phone()), tuple("REMINDER_1H", "EMAIL", invitee.email()),
                        tuple("REMINDER_1H", "SMS", invitee.phone()));
        assertThat(sent).allSatisfy(e -> {
            assertThat(e.data().path("contactId").asText()).isEqualTo(contactId.toString());
            assertThat(e.subject()).isEqualTo(contactId.toString());
            assertThat(e.workspaceId()).isEqualTo(ws.id());
        });
    }

    @Test
    void shouldSkipRemindersAlreadyDueAtBookingAndFindTheContactOfAPublicBookingByEmail() {
        TestWorkspace ws = TestWorkspace.open(probe);
        Invitee invitee = invitee(null);
        UUID contactId = UUID.randomUUID();
        probe.publish(Topics.CONTACTS, HandoffEvents.contactCreated(ws, contactId, invitee, "QUALIFIED", null,
                clock.instant()));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                TestWorkspace.count("select count(*) from known_contact where id = ?", contactId) == 1);
        Instant start = clock.instant().plus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        var booking = HandoffEvents.Booking.discovery(cole(), invitee, start);

        probe.publish(Topics.SCHEDULING, HandoffEvents.callBooked(ws, booking, clock.instant()));

        MailServer.awaitOne(invitee.email(), "Confirmed: Discovery Call with Cole Closer");
        var reminders = awaitReminders(ws, booking.callId(), 3);
        assertThat(reminders).extracting(r -> r.get("kind"), r -> r.get("status"))
                .containsExactly(tuple("REMINDER_24H", "SKIPPED"), tuple("CONFIRMATION", "SENT"),
                        tuple("REMINDER_1H", "PENDING"));
        assertThat((String) reminders.get(0).get("statusReason")).contains("already past when the call was booked");
        CloudEvent sent = probe.awaitOne(Topics.NOTIFICATIONS, e -> e.type().equals("notification.sent.v1")
                && booking.callId().toString().equals(e.data().path("callId").asText()));
        assertThat(sent.data().path("contactId").asText()).isEqualTo(contactId.toString());
    }

    @Test
    void shouldReplanRemindersOnRescheduleAndDropThemOnCancel() {
        TestWorkspace ws = TestWorkspace.open(probe);
        Invitee invitee = invitee(null);
        ZonedDateTime first = nineInNewYork(3);
        ZonedDateTime moved = first.plusDays(2).with(LocalTime.of(14, 30));
        var booking = HandoffEvents.Booking.discovery(cole(), invitee, first.toInstant());
        probe.publish(Topics.SCHEDULING, HandoffEvents.callBooked(ws, booking, clock.instant()));
        MailServer.awaitOne(invitee.email(), "Confirmed: ");

        probe.publish(Topics.SCHEDULING, HandoffEvents.callRescheduled(ws, booking, moved.toInstant(), clock.instant()));

        String newTime = "is on " + DAY.format(moved) + " at 14:30 (America/New_York time).";
        assertThat(MailServer.awaitOne(invitee.email(), "Rescheduled: Discovery Call with Cole Closer").text())
                .contains("Your call has a new time.").contains(newTime);
        var replanned = awaitReminders(ws, booking.callId(), 6);
        assertThat(replanned).filteredOn(r -> "CANCELLED".equals(r.get("status")))
                .extracting(r -> r.get("kind")).containsExactlyInAnyOrder("REMINDER_24H", "REMINDER_1H");
        assertThat(replanned).filteredOn(r -> "CANCELLED".equals(r.get("status")))
                .allSatisfy(r -> assertThat((String) r.get("statusReason")).contains("rescheduled"));
        assertThat(replanned).filteredOn(r -> "PENDING".equals(r.get("status")))
                .extracting(r -> r.get("kind"), r -> Instant.parse((String) r.get("dueAt")))
                .containsExactly(tuple("REMINDER_24H", moved.toInstant().minus(1, ChronoUnit.DAYS)),
                        tuple("REMINDER_1H", moved.toInstant().minus(1, ChronoUnit.HOURS)));

        clock.advanceTo(moved.toInstant().minus(1, ChronoUnit.DAYS).plusSeconds(1));
        assertThat(MailServer.awaitOne(invitee.email(), "Tomorrow: ").text()).contains(newTime);

        probe.publish(Topics.SCHEDULING, HandoffEvents.callCancelled(ws, booking, clock.instant()));
        await().atMost(Duration.ofSeconds(20)).until(() -> reminders(ws, booking.callId()).stream()
                .anyMatch(r -> "REMINDER_1H".equals(r.get("kind")) && "CANCELLED".equals(r.get("status"))
                        && ((String) r.get("statusReason")).contains("Found another provider")));
        clock.advanceTo(moved.toInstant().minus(1, ChronoUnit.HOURS).plusSeconds(1));
        Invitee marker = invitee(null);
        probe.publish(Topics.SCHEDULING, HandoffEvents.callBooked(ws,
                HandoffEvents.Booking.discovery(cole(), marker, moved.toInstant()), clock.instant()));
        MailServer.awaitOne(marker.email(), "Confirmed: ");
        assertThat(MailServer.to(invitee.email())).extracting(MailServer.Mail::subject)
                .noneMatch(subject -> subject.startsWith("In one hour"))
                .filteredOn(subject -> subject.startsWith("Tomorrow")).hasSize(1);
    }

    private static List<Map<String, Object>> awaitReminders(TestWorkspace ws, UUID callId, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> reminders(ws, callId),
                list -> list.size() == count && list.stream().filter(r -> "CONFIRMATION".equals(r.get("kind")))
                        .allMatch(r -> "SENT".equals(r.get("status"))));
    }

    private static List<Map<String, Object>> reminders(TestWorkspace ws, UUID callId) {
        return ws.reminders("callId", callId);
    }

    /** 09:00 in New York, this many days after today there by the service's clock. */
    private ZonedDateTime nineInNewYork(int daysAhead) {
        return clock.instant().atZone(NEW_YORK).toLocalDate().plusDays(daysAhead).atTime(9, 0).atZone(NEW_YORK);
    }

    private static PersonRef cole() {
        return new PersonRef(UUID.randomUUID(), "Cole Closer", "cole-" + UUID.randomUUID() + "@example.com");
    }

    private static Invitee invitee(String phone) {
        return new Invitee("lee-" + UUID.randomUUID() + "@example.com", "Lee Lead", phone, "America/New_York");
    }

    private static String phone() {
        return "+1415" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }
}
