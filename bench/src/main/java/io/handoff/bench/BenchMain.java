package io.handoff.bench;

import io.handoff.bench.report.BenchResults;
import io.handoff.bench.report.Chart;
import io.handoff.bench.report.Machine;
import io.handoff.bench.report.MarkdownReport;
import io.handoff.launcher.platform.Progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.nio.file.StandardCopyOption;
import java.util.List;
import io.handoff.bench.profile.JfrProfiles;
import io.handoff.bench.profile.ProfileSummary;
import io.handoff.bench.profile.ScenarioWindows;

/**
 * {@code ./handoff bench}: starts the platform on its own ports ({@link BenchPlatform}), measures it
 * ({@link BenchRun}), stops it, and writes {@code bench/results/latest.md} and {@code latest.png} plus a dated copy
 * of the report.
 */
public final class BenchMain {

    private static final Progress LOG = message -> System.out.println("[bench] " + message);

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromArguments(args);
        Path project = Path.of(System.getProperty("handoff.project", ".")).toAbsolutePath().normalize();
        Path results = project.resolve("bench/results");
        Files.createDirectories(results);
        Instant startedAt = Instant.now();
        String loadBefore = Machine.loadAverage();
        Path profiles = List.of(args).contains("--profile") ? project.resolve("bench/target/profiles") : null;
        BenchResults measured;
        ScenarioWindows windows = new ScenarioWindows();
        try (BenchPlatform bench = BenchPlatform.create(project, project.resolve("bench/target/bench-platform"), LOG,
                profiles)) {
            try {
                measured = new BenchRun(bench, settings, project, LOG, windows).measure(startedAt, loadBefore);
            } catch (Exception e) {
                DatabaseUse.report(bench, LOG);
                throw e;
            }
        }
        String dated = LocalDate.now(ZoneId.of("UTC")) + (settings.smokeRun() ? "-quick" : "");
        if (profiles != null) {
            // The services wrote their recordings when they stopped (dumponexit).
            Path summary = results.resolve("profile-" + dated + ".md");
            Files.writeString(summary, ProfileSummary.render(JfrProfiles.recordings(profiles), windows.all()));
            Files.copy(summary, results.resolve("profile-latest.md"), StandardCopyOption.REPLACE_EXISTING);
            LOG.report("profile: " + summary);
        }
        for (String name : new String[]{"latest", dated}) {
            Files.writeString(results.resolve(name + ".md"), report(measured, name + ".png", settings));
            Chart.write(measured, results.resolve(name + ".png"));
        }
        LOG.report("report: " + results.resolve("latest.md"));
        measured.targets().forEach(t -> LOG.report((t.met() ? "met     " : "not met ") + t.name()));
    }

    private static String report(BenchResults measured, String chart, BenchSettings settings) {
        String report = MarkdownReport.render(measured, chart);
        if (!settings.smokeRun()) {
            return report;
        }
        return report.replaceFirst("\n", "\n\n**Smoke run (`--quick`): short steps and 50,000 calls; these figures"
                + " are not the benchmark's.**\n");
    }
}
