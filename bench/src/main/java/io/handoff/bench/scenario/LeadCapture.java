package io.handoff.bench.scenario;

import io.handoff.bench.footprint.CpuMeter;
import io.handoff.bench.footprint.CpuUse;
import io.handoff.bench.load.JsonHttp;
import io.handoff.bench.load.LoadResult;
import io.handoff.bench.load.OpenLoop;
import io.handoff.launcher.platform.Progress;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scenario 1: leads submit the public booking form (complete, so each is QUALIFIED and its contact lands in
 * Appointment Setting). Rates go up step by step until one does not hold p99 under the limit with every request
 * answered; the highest that held is the maximum sustained rate.
 */
public final class LeadCapture {

    /**
     * One step: the form's HTTP latencies, the time until the contact existed for the same leads, and the CPU every
     * component spent from the step's start until the last contact was seen.
     */
    public record Step(LoadResult form, Histogram toContact, long contactsSeen, CpuUse cpu) {
    }

    public record Result(List<Step> steps, double p99LimitMillis) {

        /** The highest offered rate whose step held the limit, 0 when none did. */
        public double maxSustainedRate() {
            return steps.stream().filter(s -> s.form().sustains(p99LimitMillis))
                    .mapToDouble(s -> s.form().offeredRate()).max().orElse(0);
        }

        public java.util.Optional<Step> atMaxSustainedRate() {
            return steps.stream().filter(s -> s.form().offeredRate() == maxSustainedRate()).findFirst();
        }

        /** The most leads a second any step got answered: where the curve flattens, whatever the latency. */
        public double saturationRate() {
            return steps.stream().mapToDouble(s -> s.form().achievedRate()).max().orElse(0);
        }
    }


    public static final double P99_LIMIT_MILLIS = 100;

    private final JsonHttp http;
    private final Function<String, String> publicUrl;
    private final ContactProbe probe;
    private final CpuMeter cpu;
    private final Progress progress;

    /** {@code publicUrl} gives the URL of a path under the discovery event type's public page. */
    public LeadCapture(JsonHttp http, Function<String, String> publicUrl, String kafkaBootstrap, String contactsTopic,
                       CpuMeter cpu, Progress progress) {
        this.http = http;
        this.cpu = cpu;
        this.publicUrl = publicUrl;
        this.probe = new ContactProbe(kafkaBootstrap, contactsTopic);
        this.progress = progress;
    }

    /**
     * The warm-up runs the whole path (form, events, contacts) at a rate every machine sustains, long enough for
     * the JIT of all five services: on 2 cores their CPU per lead keeps falling for about two minutes.
     */
    public Result run(List<Double> rates, Duration stepLength, double warmUpRate, Duration warmUp)
            throws InterruptedException {
        try (probe) {
            step("warm-up", warmUpRate, warmUp);
            List<Step> steps = new ArrayList<>();
            Stepping stepping = new Stepping(P99_LIMIT_MILLIS);
            for (double rate : rates) {
                Step step = step("step", rate, stepLength);
                steps.add(step);
                progress.report(String.format("lead capture at %4.0f/s: p50 %6.1f ms, p99 %6.1f ms, %d failed; "
                                + "contact created p99 %.0f ms (%d of %d seen)", rate, step.form().p50Millis(),
                        step.form().p99Millis(), step.form().failed(),
                        step.toContact().getValueAtPercentile(99) / 1000.0, step.contactsSeen(),
                        step.form().succeeded()));
                if (!stepping.goOnAfter(step.form())) {
                    break;
                }
            }
            return new Result(steps, P99_LIMIT_MILLIS);
        }
    }

    private Step step(String label, double rate, Duration length) {
        probe.reset();
        String prefix = label + "-" + (int) rate + "-" + System.nanoTime();
        String url = publicUrl.apply("/leads");
        CpuMeter.Snapshot before = cpu.snapshot();
        LoadResult form = new OpenLoop(rate, length, Duration.ofSeconds(30)).run("lead capture " + (int) rate + "/s",
                (sequence, due) -> {
                    String email = prefix + "-" + sequence + "@leads.bench.test";
                    probe.expect(email, due);
                    return http.send("POST", url, null, Map.of("email", email, "name", "Lead " + sequence,
                            "timeZone", "Europe/Berlin", "complete", true, "answers", Map.of()))
                            .thenApply(JsonHttp::succeeded);
                });
        Histogram toContact = probe.awaitSeen(form.succeeded(), Duration.ofSeconds(60));
        return new Step(form, toContact, toContact.getTotalCount(), cpu.snapshot().since(before));
    }
}
