package io.handoff.scheduling.slot;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure slot and round-robin rules, without a database. */
class SlotFinderTest {

    private static final UUID HOST = UUID.randomUUID();

    @Test
    void shouldFollowTheHostsLocalHoursAcrossDaylightSavingChanges() {
        HostSchedule sundayNights = schedule("America/New_York", DayOfWeek.SUNDAY, 0, 240, 0, 0);
        long from = Instant.parse("2026-10-25T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2026-11-09T00:00:00Z").getEpochSecond();

        long[] starts = SlotFinder.openStarts(List.of(new HostPlan(sundayNights, HostCalendar.empty())), from, to, 60, 0);

        // 4 local hours give 13 hourly calls on 15-minute steps; the night the clocks fall back has 5 hours.
        assertThat(countOn(starts, "2026-10-25")).isEqualTo(13);
        assertThat(countOn(starts, "2026-11-01")).isEqualTo(17);
        assertThat(countOn(starts, "2026-11-08")).isEqualTo(13);
        assertThat(Instant.ofEpochSecond(starts[0])).isEqualTo(Instant.parse("2026-10-25T04:00:00Z"));
        long springFrom = Instant.parse("2027-03-14T00:00:00Z").getEpochSecond();
        long[] spring = SlotFinder.openStarts(List.of(new HostPlan(sundayNights, HostCalendar.empty())), springFrom,
                springFrom + 86_400, 60, 0);
        assertThat(spring).hasSize(9);
    }

    @Test
    void shouldKeepCallsAndTheirBuffersFreeAndHonourNoticeAndCap() {
        HostSchedule host = schedule("UTC", DayOfWeek.MONDAY, 9 * 60, 12 * 60, 15 * 60, 2);
        Instant monday = Instant.parse("2027-01-04T00:00:00Z");
        BusyTime booked = new BusyTime(UUID.randomUUID(), HOST, Instant.parse("2027-01-04T10:00:00Z"),
                Instant.parse("2027-01-04T10:45:00Z"), Instant.parse("2027-01-04T10:00:00Z"));
        HostPlan plan = new HostPlan(host, HostCalendar.of(List.of(booked), ZoneId.of("UTC")));
        long now = Instant.parse("2027-01-04T08:50:00Z").getEpochSecond();

        long[] starts = SlotFinder.openStarts(List.of(plan), monday.getEpochSecond(), monday.getEpochSecond() + 86_400,
                30, now);

        // 15 minutes' notice rules 09:00 out; from 09:30 on, a call plus its buffer would reach the booked range.
        assertThat(Arrays.stream(starts).mapToObj(t -> Instant.ofEpochSecond(t).toString().substring(11, 16)))
                .containsExactly("09:15", "10:45", "11:00", "11:15", "11:30");
        BusyTime second = new BusyTime(UUID.randomUUID(), HOST, Instant.parse("2027-01-04T11:30:00Z"),
                Instant.parse("2027-01-04T12:00:00Z"), Instant.parse("2027-01-04T11:30:00Z"));
        HostPlan capped = new HostPlan(host, HostCalendar.of(List.of(booked, second), ZoneId.of("UTC")));
        assertThat(SlotFinder.openStarts(List.of(capped), monday.getEpochSecond(), monday.getEpochSecond() + 86_400, 30,
                now)).isEmpty();
    }

    @Test
    void shouldGiveTheNextBookingToTheHostFurthestBelowItsWeightedShare() {
        UUID a = new UUID(0, 1);
        UUID b = new UUID(0, 2);
        UUID c = new UUID(0, 3);
        List<HostStanding> ranked = RoundRobin.rank(List.of(new HostStanding(a, 2, 2, Instant.parse("2027-01-01T00:00:00Z")),
                new HostStanding(b, 1, 1, Instant.parse("2027-01-01T02:00:00Z")),
                new HostStanding(c, 1, 1, Instant.parse("2027-01-01T01:00:00Z"))), 4, 4);

        // After 4 bookings at 2:1:1 all are at their share; the next (5th) puts A furthest below it.
        assertThat(ranked).extracting(HostStanding::hostId).containsExactly(a, c, b);
        List<HostStanding> tie = RoundRobin.rank(List.of(new HostStanding(b, 1, 1, Instant.parse("2027-01-01T02:00:00Z")),
                new HostStanding(c, 1, 1, Instant.parse("2027-01-01T01:00:00Z"))), 4, 4);
        assertThat(tie).extracting(HostStanding::hostId).containsExactly(c, b);
    }

    @Test
    void shouldWriteSlotsAsIsoOffsetDateTimesInTheInviteeZone() {
        long t = Instant.parse("2026-11-01T06:30:00Z").getEpochSecond();
        for (String zone : List.of("America/New_York", "Asia/Kathmandu", "America/St_Johns", "UTC", "Europe/Berlin")) {
            SlotsView view = SlotsView.of(ZoneId.of(zone), new long[]{t});
            assertThat(view.slots().get(0).start()).isEqualTo(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME
                    .format(Instant.ofEpochSecond(t).atZone(ZoneId.of(zone)).toOffsetDateTime()));
            assertThat(view.slots().get(0).startUtc()).isEqualTo("2026-11-01T06:30:00Z");
        }
        assertThat(SlotsView.of(ZoneId.of("America/New_York"), new long[]{t}).slots().get(0).start())
                .isEqualTo("2026-11-01T01:30:00-05:00");
    }

    private static long countOn(long[] starts, String localDate) {
        LocalDate date = LocalDate.parse(localDate);
        return Arrays.stream(starts)
                .filter(t -> LocalDate.ofInstant(Instant.ofEpochSecond(t), ZoneId.of("America/New_York")).equals(date))
                .count();
    }

    private static HostSchedule schedule(String zone, DayOfWeek day, int startMinute, int endMinute, int noticeSeconds,
                                         int cap) {
        Map<DayOfWeek, List<LocalHours>> weekly = new EnumMap<>(DayOfWeek.class);
        weekly.put(day, List.of(new LocalHours(startMinute, endMinute)));
        return new HostSchedule(HOST, ZoneId.of(zone), weekly, Map.of(), 0, 15 * 60, noticeSeconds, cap);
    }
}
