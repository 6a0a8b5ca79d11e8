package io.handoff.scheduling.bench;

import io.handoff.scheduling.slot.BusyTime;
import io.handoff.scheduling.slot.HostCalendar;
import io.handoff.scheduling.slot.HostPlan;
import io.handoff.scheduling.slot.HostSchedule;
import io.handoff.scheduling.slot.LocalHours;
import io.handoff.scheduling.slot.SlotFinder;
import io.handoff.scheduling.slot.SlotsView;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Latency of the slot computation behind GET .../slots for a 20-host round-robin event type over 30 days
 * with 2,000 existing calls: per request, index each host's calls, find every open start, and render the
 * slots in the invitee's zone, as SlotService does after its two queries. A plain harness (no JMH): warm
 * up, then time each request and report percentiles. Not a test: run with {@code -Pbench} (see README).
 */
public final class SlotBenchmark {

    private static final int HOSTS = 20;
    private static final int CALLS = 2_000;
    private static final int DAYS = 30;
    private static final int LENGTH_MINUTES = 30;
    private static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "America/Los_Angeles",
            "Europe/London", "Asia/Kolkata");

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Instant from = Instant.parse("2027-03-01T00:00:00Z");
        Instant to = from.plusSeconds(DAYS * 86_400L);
        Instant now = from.minusSeconds(3_600);
        List<HostSchedule> hosts = hosts();
        Map<UUID, List<BusyTime>> calls = calls(hosts, from);
        int slots = 0;
        for (int i = 0; i < warmup; i++) {
            slots = request(hosts, calls, from, to, now).slots().size();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[measured];
        long[] cpu = new long[measured];
        for (int i = 0; i < measured; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            slots += request(hosts, calls, from, to, now).slots().size() > 0 ? 0 : 1;
            nanos[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf("slots: %d hosts, %d calls, %d days -> %d open slots; %d requests after %d warm-up%n",
                HOSTS, calls.values().stream().mapToInt(List::size).sum(), DAYS, slots, measured, warmup);
        System.out.printf("wall ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n", ms(nanos, 0.50), ms(nanos, 0.90),
                ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
        // CPU time leaves out the time the thread waited for a core: what the code costs on a busy machine.
        System.out.printf("cpu  ms: p50 %.2f  p90 %.2f  p99 %.2f  (load average %.1f on %d cores)%n", ms(cpu, 0.50),
                ms(cpu, 0.90), ms(cpu, 0.99), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** One slots request: what SlotService does with the rows its queries return. */
    private static SlotsView request(List<HostSchedule> hosts, Map<UUID, List<BusyTime>> calls, Instant from,
                                     Instant to, Instant now) {
        List<HostPlan> plans = new ArrayList<>(hosts.size());
        for (HostSchedule host : hosts) {
            plans.add(new HostPlan(host, HostCalendar.of(calls.getOrDefault(host.hostId(), List.of()), host.zone())));
        }
        long[] starts = SlotFinder.openStarts(plans, from.getEpochSecond(), to.getEpochSecond(), LENGTH_MINUTES,
                now.getEpochSecond());
        return SlotsView.of(ZoneId.of("America/Chicago"), starts);
    }

    /** Weekdays 09:00-17:00 in mixed zones, 10 minutes' buffer after, an hour's notice, 8 calls a day at most. */
    private static List<HostSchedule> hosts() {
        List<HostSchedule> hosts = new ArrayList<>();
        for (int i = 0; i < HOSTS; i++) {
            Map<DayOfWeek, List<LocalHours>> weekly = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                weekly.put(day, day.getValue() <= 5 ? List.of(new LocalHours(9 * 60, 17 * 60)) : List.of());
            }
            hosts.add(new HostSchedule(new UUID(0, i + 1), ZoneId.of(ZONES.get(i % ZONES.size())), weekly, Map.of(),
                    0, 600, 3_600, 8));
        }
        return hosts;
    }

    /** 100 half-hour calls per host on random free half hours of their working days (seeded, repeatable). */
    private static Map<UUID, List<BusyTime>> calls(List<HostSchedule> hosts, Instant from) {
        Random random = new Random(42);
        List<BusyTime> all = new ArrayList<>();
        for (HostSchedule host : hosts) {
            List<Instant> starts = new ArrayList<>();
            LocalDate first = LocalDate.ofInstant(from, host.zone());
            for (int d = 0; d < DAYS; d++) {
                LocalDate day = first.plusDays(d);
                if (day.getDayOfWeek().getValue() <= 5) {
                    for (int half = 0; half < 16; half += 2) {
                        starts.add(ZonedDateTime.of(day.atTime(9, 0).plusMinutes(30L * half), host.zone()).toInstant());
                    }
                }
            }
            java.util.Collections.shuffle(starts, random);
            for (Instant start : starts.subList(0, CALLS / HOSTS)) {
                all.add(new BusyTime(UUID.randomUUID(), host.hostId(), start, start.plusSeconds(40 * 60), start));
            }
        }
        return all.stream().collect(Collectors.groupingBy(BusyTime::hostId));
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
