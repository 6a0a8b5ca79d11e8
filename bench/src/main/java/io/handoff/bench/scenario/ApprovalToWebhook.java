package io.handoff.bench.scenario;

import io.handoff.bench.footprint.CpuMeter;
import io.handoff.bench.footprint.CpuUse;
import io.handoff.bench.load.JsonHttp;
import io.handoff.bench.load.LoadResult;
import io.handoff.bench.load.OpenLoop;
import io.handoff.launcher.demo.ApiClient;
import io.handoff.launcher.platform.Progress;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Scenario 2: setters approve contacts for a strategy call at a fixed rate. Each approval crosses the platform:
 * contacts-service answers 202 and publishes the booking request, scheduling-service books the call with round
 * robin over the closers and publishes {@code call.booked}, notifications-service signs and delivers the webhook.
 * Latency runs from the approval's due time to the webhook's arrival at the customer's receiver.
 */
public final class ApprovalToWebhook {

    public record Result(LoadResult approvals, Histogram toWebhook, long webhooksArrived, double rate, CpuUse cpu) {
    }

    public static final double P99_LIMIT_MILLIS = 100;

    private final JsonHttp http;
    private final ApiClient api;
    private final BenchTeam team;
    private final BenchTeam.ServiceUrls urls;
    private final CpuMeter cpu;
    private final Progress progress;

    public ApprovalToWebhook(JsonHttp http, ApiClient api, BenchTeam team, BenchTeam.ServiceUrls urls,
                             CpuMeter cpu, Progress progress) {
        this.http = http;
        this.cpu = cpu;
        this.api = api;
        this.team = team;
        this.urls = urls;
        this.progress = progress;
    }

    /**
     * A warm-up at a rate the machine sustains first (its figures are dropped: the JIT compiles the path through
     * four services, and a backlog left by it would be charged to the measured run), then the measured run at the
     * asked rate; every approval has its own contact and its own slot.
     */
    public Result run(double warmUpRate, Duration warmUp, double rate, Duration length) throws Exception {
        int warmUpCount = (int) Math.round(warmUpRate * warmUp.toSeconds());
        int count = (int) Math.round(rate * length.toSeconds());
        try (WebhookSink sink = new WebhookSink()) {
            api.exchange("POST", urls.api("notifications-service", "/webhook-endpoints"), team.adminToken,
                    Map.of("url", sink.url(), "eventTypes", List.of("call.booked"), "description", "bench receiver",
                            "enabled", true));
            List<String> starts = openStarts(warmUpCount + count);
            List<String> contactIds = createContacts(warmUpCount + count);
            progress.report("approvals: " + contactIds.size() + " contacts and as many distinct slots ready");
            Phase warm = approve(warmUpRate, warmUp, starts.subList(0, warmUpCount), contactIds.subList(0, warmUpCount),
                    sink);
            progress.report(String.format("approvals warm-up: webhook p99 %.0f ms", warm.toWebhook()
                    .getValueAtPercentile(99) / 1000.0));
            CpuMeter.Snapshot before = cpu.snapshot();
            Phase measured = approve(rate, length, starts.subList(warmUpCount, starts.size()),
                    contactIds.subList(warmUpCount, contactIds.size()), sink);
            progress.report(String.format("approvals at %.0f/s: 202 p99 %.1f ms; webhook p50 %.1f ms, p99 %.1f ms, "
                            + "%d of %d arrived", rate, measured.approvals().p99Millis(),
                    measured.toWebhook().getValueAtPercentile(50) / 1000.0,
                    measured.toWebhook().getValueAtPercentile(99) / 1000.0, measured.toWebhook().getTotalCount(),
                    measured.approvals().succeeded()));
            CpuUse spent = cpu.snapshot().since(before);
            return new Result(measured.approvals(), measured.toWebhook(), measured.toWebhook().getTotalCount(), rate,
                    spent);
        }
    }

    private record Phase(LoadResult approvals, Histogram toWebhook) {
    }

    private Phase approve(double rate, Duration length, List<String> starts, List<String> contactIds,
                          WebhookSink sink) throws InterruptedException {
        long[] dueBySequence = new long[contactIds.size()];
        UnaryOperator<String> contacts = path -> urls.api("contacts-service", path);
        LoadResult approvals = new OpenLoop(rate, length, Duration.ofSeconds(60)).run("approvals",
                (sequence, due) -> {
                    int i = (int) sequence;
                    dueBySequence[i] = due;
                    return http.send("PUT", contacts.apply("/contacts/" + contactIds.get(i) + "/stage"),
                            team.setterToken, Map.of("stageId", team.approvedStageId, "handoffNotes", notes(),
                                    "booking", Map.of("eventTypeId", team.strategyId, "start", starts.get(i))))
                            .thenApply(response -> response.statusCode() == 202);
                });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (arrived(sink, contactIds) < approvals.succeeded() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Histogram toWebhook = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        for (int i = 0; i < approvals.due(); i++) {
            Long arrived = sink.arrival(contactIds.get(i));
            if (arrived != null) {
                toWebhook.recordValue(Math.max(0, (arrived - dueBySequence[i]) / 1000));
            }
        }
        return new Phase(approvals, toWebhook);
    }

    private static long arrived(WebhookSink sink, List<String> contactIds) {
        return contactIds.stream().filter(id -> sink.arrival(id) != null).count();
    }

    /** Distinct open starts of the strategy call from tomorrow on: one per approval, so none competes for a slot. */
    private List<String> openStarts(int count) {
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        List<String> starts = new ArrayList<>();
        api.exchange("GET", urls.api("scheduling-service", "/event-types/" + team.strategyId + "/slots?from="
                + tomorrow + "&to=" + tomorrow.plusDays(29) + "&timeZone=UTC"), team.adminToken, null)
                .body().path("slots").forEach(slot -> starts.add(slot.path("startUtc").asText()));
        if (starts.size() < count) {
            throw new IllegalStateException("only " + starts.size() + " open starts for " + count + " approvals");
        }
        return starts.subList(0, count);
    }

    private List<String> createContacts(int count) throws Exception {
        long run = System.currentTimeMillis();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                created.add(pool.submit(() -> api.exchange("POST", urls.api("contacts-service", "/contacts"),
                        team.adminToken, Map.of("name", "Approval Lead " + n, "email",
                                "approve-" + run + "-" + n + "@" + team.slug + ".test"))
                        .text("id")));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> id : created) {
                ids.add(id.get());
            }
            return ids;
        } finally {
            pool.shutdown();
        }
    }

    private static Map<String, String> notes() {
        return Map.of("pain", "Leads go cold", "timeline", "This quarter", "budget", "$5k a month",
                "decisionMakers", "The founder", "agreedNextStep", "Strategy call");
    }
}
