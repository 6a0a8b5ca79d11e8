package io.handoff.bench.report;

import io.handoff.bench.baseline.BrokerCeiling;
import io.handoff.bench.baseline.DatabaseCeiling;
import io.handoff.bench.footprint.ProcessMemory;
import io.handoff.bench.footprint.ServiceFootprint;
import io.handoff.bench.load.LoadResult;
import io.handoff.bench.scenario.LeadCapture;
import org.HdrHistogram.Histogram;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.handoff.bench.BenchPlatform.LOAD_GENERATOR;

/** The run as Markdown: machine, baselines, one section per scenario, and the targets with met or not. */
public final class MarkdownReport {

    private static final int IDLE_THREADS_NAMED = 5;

    private final StringBuilder out = new StringBuilder();

    private MarkdownReport() {
    }

    public static String render(BenchResults r, String chartFile) {
        return new MarkdownReport().write(r, chartFile);
    }

    private String write(BenchResults r, String chartFile) {
        line("# Handoff platform benchmark");
        line("");
        line("Run " + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(r.startedAt().atOffset(ZoneOffset.UTC)
                .withNano(0)) + " UTC, " + Math.round(r.took().toSeconds() / 60.0) + " minutes, with `./handoff bench`."
                + " Load is open-model (requests due at a fixed rate, latency counted from the due time, so"
                + " queueing shows); the generator runs on the same machine as the platform and takes CPU from it.");
        line("");
        line("![latency and targets](" + chartFile + ")");
        line("");
        targets(r);
        machine(r.machine());
        baselines(r);
        leadCapture(r);
        approvals(r);
        reads(r);
        cpu(r);
        footprint(r);
        return out.toString();
    }

    private void targets(BenchResults r) {
        line("## Targets");
        line("");
        line("| target | measured | asked | met | against this machine's baseline |");
        line("|---|---|---|---|---|");
        for (Target t : r.targets()) {
            line("| " + t.name() + " | " + measured(t) + " | " + asked(t) + " | " + (t.met() ? "**yes**" : "no")
                    + " | " + versusBaseline(t, r) + " |");
        }
        long met = r.targets().stream().filter(Target::met).count();
        line("");
        line(met + " of " + r.targets().size() + " targets met.");
        line("");
    }

    private void machine(Machine m) {
        line("## Machine");
        line("");
        line("| | |");
        line("|---|---|");
        line("| CPU | " + m.cpu() + ", " + m.cores() + " cores |");
        line("| memory | " + String.format(Locale.ROOT, "%.1f GiB", m.memoryBytes() / (1024.0 * 1024 * 1024)) + " |");
        line("| OS | " + m.os() + " |");
        line("| Java | " + m.java() + " |");
        line("| PostgreSQL | " + m.postgres() + " |");
        line("| Kafka (KRaft, one broker) | " + m.kafka() + " |");
        line("| Quarkus | " + m.quarkus() + " |");
        line("| load average before → after | " + m.loadBefore() + " → " + m.loadAfter() + " |");
        line("");
    }

    private void baselines(BenchResults r) {
        line("## Baselines (same machine, same run)");
        line("");
        DatabaseCeiling db = r.database();
        if (db == null) {
            line("- **Database ceiling**: not measured, pgbench was not found"
                    + " (Debian: `apt install postgresql-client`).");
        } else {
            line(String.format(Locale.ROOT, "- **Database ceiling**: pgbench, %d clients, %d s, one lead row + one"
                            + " outbox row (about 500 bytes of CloudEvent JSON) per transaction:"
                            + " **%.0f transactions/s**, average latency %.2f ms.", db.clients(), db.seconds(),
                    db.transactionsPerSecond(), db.averageLatencyMillis()));
        }
        BrokerCeiling broker = r.broker();
        line(String.format(Locale.ROOT, "- **Broker ceiling**: Kafka's ProducerPerformance, %,d records of %d bytes,"
                        + " acks=all, unthrottled: **%.0f records/s** (%.1f MB/s), average latency %.1f ms,"
                        + " p99 %.0f ms.",
                broker.records(), broker.recordBytes(), broker.recordsPerSecond(), broker.megabytesPerSecond(),
                broker.averageLatencyMillis(), broker.p99LatencyMillis()));
        line("");
    }

    private void leadCapture(BenchResults r) {
        LeadCapture.Result leads = r.leads();
        line("## 1. Lead capture");
        line("");
        line("Complete public booking forms (each lead QUALIFIED, its contact created in Appointment Setting), rate"
                + " raised step by step; a step holds when its p99 stays under " + number(leads.p99LimitMillis())
                + " ms and no request fails. Past the first step that does not hold, the steps go on while they"
                + " still add throughput, so the table ends where the curve flattens."
                + " \"To contact\" is from the form's due time to contacts-service's `contact.created` event on Kafka,"
                + " read by a consumer like a customer's.");
        line("");
        line("| offered /s | achieved /s | form p50 | form p99 | form max | failed | to contact p50 | to contact p99 |"
                + " contacts seen |");
        line("|---|---|---|---|---|---|---|---|---|");
        for (LeadCapture.Step step : leads.steps()) {
            LoadResult f = step.form();
            line("| " + number(f.offeredRate()) + " | " + number(f.achievedRate()) + " | " + ms(f.p50Millis()) + " | "
                    + ms(f.p99Millis()) + " | " + ms(f.maxMillis()) + " | " + f.failed() + " | "
                    + ms(percentile(step.toContact(), 50)) + " | " + ms(percentile(step.toContact(), 99)) + " | "
                    + step.contactsSeen() + " of " + f.succeeded() + " |");
        }
        line("");
        String ratio = Double.isNaN(r.leadCaptureRatio()) ? "no database ceiling to compare with"
                : String.format(Locale.ROOT, "%.1f%% of the database ceiling", 100 * r.leadCaptureRatio());
        line("Maximum sustained rate: **" + number(leads.maxSustainedRate()) + " leads/s**, " + ratio
                + " (the long-term goal is 50%). Saturation: " + number(leads.saturationRate())
                + " leads/s answered at the most.");
        line("");
    }

    private void approvals(BenchResults r) {
        var a = r.approvals();
        line("## 2. Approve → call booked → webhook delivered");
        line("");
        line(String.format(Locale.ROOT, "%d approvals at %.0f/s by a setter, each to its own open slot of a strategy"
                        + " call assigned round robin over 20 closers; latency from the approval's due time to the"
                        + " signed `call.booked` webhook's arrival at a receiver on this machine.", a.approvals().due(),
                a.rate()));
        line("");
        line("| | p50 | p99 | max | count |");
        line("|---|---|---|---|---|");
        line("| approval answered (202) | " + ms(a.approvals().p50Millis()) + " | " + ms(a.approvals().p99Millis())
                + " | " + ms(a.approvals().maxMillis()) + " | " + a.approvals().succeeded() + " of "
                + a.approvals().due() + " |");
        line("| webhook delivered | " + ms(percentile(a.toWebhook(), 50)) + " | " + ms(percentile(a.toWebhook(), 99))
                + " | " + ms(a.toWebhook().getTotalCount() == 0 ? Double.NaN : a.toWebhook().getMaxValue() / 1000.0)
                + " | " + a.webhooksArrived() + " of " + a.approvals().succeeded() + " |");
        line("");
    }

    private void reads(BenchResults r) {
        line("## 3. Slot search and 4. analytics summary");
        line("");
        line("| read | rate | p50 | p99 | max | answered |");
        line("|---|---|---|---|---|---|");
        read("3. `GET /event-types/{id}/slots`, round robin over 20 closers, 30 days", r.slots().load(),
                r.slotRate());
        read("4. `GET /analytics/summary?groupBy=closer`, last 90 days incl. today", r.analyticsRecent().load(),
                r.analyticsRate());
        read("4. the same, 90 settled days (rollup only)", r.analyticsSettled().load(), r.analyticsRate());
        line("");
        var data = r.analyticsData();
        line(String.format(Locale.ROOT, "Analytics data: %s, loaded with SQL in %.0f s; daily rollup rebuilt by"
                + " outcomes-service in %.0f s.", data.description(), data.loadSeconds(), data.rebuildSeconds()));
        line("");
    }

    private void read(String name, LoadResult result, double rate) {
        line("| " + name + " | " + number(rate) + "/s | " + ms(result.p50Millis()) + " | " + ms(result.p99Millis())
                + " | " + ms(result.maxMillis()) + " | " + result.succeeded() + " of " + result.due() + " |");
    }

    private void cpu(BenchResults r) {
        List<CpuRow> rows = new java.util.ArrayList<>();
        r.leadCpuStep().ifPresent(step -> rows.add(
                new CpuRow("1. lead capture at " + number(step.form().offeredRate()) + "/s", step.cpu(),
                        step.form().succeeded())));
        rows.add(new CpuRow("2. approval at " + number(r.approvals().rate()) + "/s", r.approvals().cpu(),
                r.approvals().approvals().succeeded()));
        rows.add(new CpuRow("3. slot search", r.slots().cpu(), r.slots().load().succeeded()));
        rows.add(new CpuRow("4. analytics summary, incl. today", r.analyticsRecent().cpu(),
                r.analyticsRecent().load().succeeded()));
        List<String> components = rows.stream().flatMap(row -> row.cpu().byComponent().keySet().stream()).distinct()
                .toList();
        if (components.isEmpty()) {
            return;
        }
        line("## CPU per request");
        line("");
        line("Milliseconds of CPU (user + system, from `/proc`) each process spent per request while the scenario"
                + " ran, background work included. With " + r.machine().cores() + " cores, "
                + number(1000.0 * r.machine().cores()) + " ms of CPU per second is all there is: the total per request"
                + " bounds the rate this machine can sustain. \"platform\" is every process but the load generator.");
        line("");
        line("| scenario | " + String.join(" | ", components.stream().map(c -> c.replace("-service", "")).toList())
                + " | platform | bound at full CPU |");
        line("|---|" + "---|".repeat(components.size() + 2));
        for (CpuRow row : rows) {
            StringBuilder cells = new StringBuilder("| " + row.name() + " | ");
            for (String component : components) {
                cells.append(number(row.cpu().millisPerRequest(component, row.requests()))).append(" | ");
            }
            double total = row.cpu().without(LOAD_GENERATOR).totalMillisPerRequest(row.requests());
            cells.append("**").append(number(total)).append("** | ")
                    .append(number(1000.0 * r.machine().cores() / total)).append("/s |");
            line(cells.toString());
        }
        line("");
        line(String.format(Locale.ROOT, "Idle, over %d s with nothing to do, from a minute after the start-ups, the platform spent"
                        + " **%.1f ms of CPU per second** (%s).", r.idleLength().toSeconds(),
                r.idleCpuMillisPerSecond(), perSecond(r.idleCpu(), r.idleLength())));
        line("");
        idleThreads(r);
    }

    /** Where the idle CPU goes, per process: its busiest thread groups, the rest summed. */
    private void idleThreads(BenchResults r) {
        if (r.idleCpu().byThread().isEmpty()) {
            return;
        }
        line("Idle CPU by thread (pool threads counted together; threads alive at both ends of the window):");
        line("");
        line("| process | ms/s | busiest threads, ms/s |");
        line("|---|---|---|");
        double seconds = r.idleLength().toMillis() / 1000.0;
        r.idleCpu().byThread().forEach((component, threads) -> {
            List<Map.Entry<String, java.time.Duration>> busiest = threads.entrySet().stream()
                    .sorted(Map.Entry.<String, java.time.Duration>comparingByValue().reversed()).toList();
            List<String> named = busiest.stream().limit(IDLE_THREADS_NAMED)
                    .filter(e -> !e.getValue().isZero())
                    .map(e -> "`" + e.getKey() + "` " + number(e.getValue().toNanos() / 1e6 / seconds)).toList();
            double rest = busiest.stream().skip(IDLE_THREADS_NAMED)
                    .mapToDouble(e -> e.getValue().toNanos() / 1e6 / seconds).sum();
            String others = rest > 0 ? ", others " + number(rest) : "";
            java.time.Duration total = r.idleCpu().byComponent().getOrDefault(component, java.time.Duration.ZERO);
            line(String.format(Locale.ROOT, "| %s | %s | %s%s |", component, number(total.toNanos() / 1e6 / seconds),
                    named.isEmpty() ? "–" : String.join(", ", named), others));
        });
        line("");
    }

    private static String perSecond(io.handoff.bench.footprint.CpuUse cpu, java.time.Duration length) {
        return String.join(", ", cpu.byComponent().entrySet().stream().map(e -> e.getKey().replace("-service", "")
                + " " + number(e.getValue().toNanos() / 1e6 / length.toMillis() * 1000)).toList());
    }

    private record CpuRow(String name, io.handoff.bench.footprint.CpuUse cpu, long requests) {
    }

    private void footprint(BenchResults r) {
        line("## 5. Footprint");
        line("");
        line("Each service started alone (JVM mode, the options `./handoff up` gives) and timed from spawning the JVM"
                + " to the first 200 of `/q/health/ready`; RSS read from `/proc` after the platform sat idle. On Java"
                + " 25 every start here maps the service's ahead-of-time cache, which the run trained first as"
                + " `./handoff up` does once after a build (the training is not in these figures).");
        line("");
        line("| service | start-up to ready | idle RSS |");
        line("|---|---|---|");
        List<ServiceFootprint> services = r.services();
        for (ServiceFootprint s : services) {
            line(String.format(Locale.ROOT, "| %s | %.2f s | %.0f MB |", s.service(), s.startUpSeconds(),
                    s.idleRssMegabytes()));
        }
        line("");
        line(String.format(Locale.ROOT, "All five started together, as `./handoff up` starts them: ready in **%.1f s**.",
                r.startedTogether().toMillis() / 1000.0));
        line("");
        line(String.format(Locale.ROOT, "Whole platform (five services, Kafka, PostgreSQL and its backends; PSS, so"
                        + " shared pages count once): %.0f MB idle, **%.0f MB at the peak under load**.",
                r.idlePlatformBytes() / ProcessMemory.MEGABYTE, r.peakPlatformBytes() / ProcessMemory.MEGABYTE));
        line("");
    }

    private static String measured(Target t) {
        if (Double.isNaN(t.measured())) {
            return "not measured, or requests failed";
        }
        return number(t.measured()) + " " + t.unit();
    }

    /**
     * The figure against what the same machine gave in the same run: a rate against the database ceiling, a
     * latency in pgbench transactions (each one the minimal lead write), a size against the machine's memory.
     */
    private static String versusBaseline(Target t, BenchResults r) {
        if (Double.isNaN(t.measured())) {
            return "–";
        }
        DatabaseCeiling db = r.database();
        return switch (t.unit()) {
            case "leads/s" -> db == null ? "–" : String.format(Locale.ROOT, "%.1f%% of %s transactions/s",
                    100 * r.leadCaptureRatio(), number(db.transactionsPerSecond()));
            case "ms/s" -> number(t.measured() / 10) + "% of one core";
            case "ms" -> db == null ? "–" : number(t.measured() / db.averageLatencyMillis())
                    + "× a pgbench transaction (" + number(db.averageLatencyMillis()) + " ms)";
            case "MB" -> String.format(Locale.ROOT, "%.1f%% of the machine's memory",
                    100 * t.measured() * ProcessMemory.MEGABYTE / r.machine().memoryBytes());
            default -> "–";
        };
    }

    private static String asked(Target t) {
        String bound = switch (t.direction()) {
            case BELOW -> "< ";
            case AT_MOST -> "≤ ";
            case AT_LEAST -> "≥ ";
        };
        return bound + number(t.limit()) + " " + t.unit();
    }

    private static double percentile(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
    }

    static String ms(double millis) {
        return Double.isNaN(millis) ? "–" : number(millis) + " ms";
    }

    /** Three significant figures at most, no trailing zeros: 0.734, 12.3, 456, 1234. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        double magnitude = Math.abs(value);
        String text = magnitude >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : magnitude >= 10 ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
