package io.handoff.bench.report;

import io.handoff.bench.baseline.DatabaseCeiling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {

    private static final DatabaseCeiling CEILING = new DatabaseCeiling(16, 30, 800, 5.2);

    @Test
    void shouldTakeTheHighestStepThatHeldTheLimitAsTheMaximumSustainedRate() {
        BenchResults results = SampleResults.withDatabaseCeiling(CEILING);

        // 200/s had three failures and a p99 of 900 ms: 100/s is the last step that held.
        assertThat(results.leads().maxSustainedRate()).isEqualTo(100);
        assertThat(results.leadCaptureRatio()).isEqualTo(0.125);
    }

    @Test
    void shouldStateEachTargetWithItsFigureAndWhetherItWasMet() {
        String report = MarkdownReport.render(SampleResults.withDatabaseCeiling(CEILING), "latest.png");

        // Latencies also in pgbench transactions of 5.2 ms, sizes as a share of 24 GiB.
        assertThat(report).contains("| 15.1 Lead capture: sustained rate with form p99 < 100 ms | 100 leads/s |"
                        + " ≥ 300 leads/s | no | 12.5% of 800 transactions/s |")
                .contains("| 15.1 Lead → contact.created on Kafka at that rate, p99 | 700 ms | < 500 ms | no |")
                // 4 s + 6 s of CPU for the 2,000 leads of the 100/s step: 5 ms a lead.
                .contains("| 15.2 CPU per lead, platform processes | 5 ms | ≤ 6 ms | **yes** |")
                .contains("| 15.2 CPU per approval, platform processes | 30 ms | ≤ 15 ms | no |")
                .contains("| 15.3 Approve → call booked → webhook delivered at 50/s, p99 | 85.1 ms | < 250 ms | **yes** |"
                        + " 16.4× a pgbench transaction (5.2 ms) |")
                // 0.6 s of CPU in 30 idle seconds.
                .contains("| 15.4 Idle platform, all processes | 20 ms/s | ≤ 30 ms/s | **yes** | 2% of one core |")
                .contains("| 15.5 Slot search, round robin over 20 hosts, 30 days, p99 | 35 ms | < 20 ms | no |"
                        + " 6.73× a pgbench transaction (5.2 ms) |")
                .contains("| 15.5 Analytics summary over 1,000,000 calls incl. today, p99 | 45 ms | < 50 ms | **yes** |")
                .contains("| 16. contacts-service start-up to ready | 2.5 s | < 3 s | **yes** | – |")
                .contains("| 16. All five services started together, ready | 15 s | < 20 s | **yes** | – |")
                .contains("| 16. contacts-service idle RSS | 180 MB | < 180 MB | no |")
                .contains("| 16. deals-service idle RSS | 260 MB | < 180 MB | no | 1.1% of the machine's memory |")
                .contains("| 16. Whole platform idle (PSS) | 900 MB | < 1200 MB | **yes** |")
                .contains("7 of 14 targets met.");
    }

    @Test
    void shouldShowWhichThreadsTheIdleCpuWentTo() {
        String report = MarkdownReport.render(SampleResults.withDatabaseCeiling(CEILING), "latest.png");

        assertThat(report).contains("| contacts-service | 10 | `vert.x-eventloo` 5, `vert.x-kafka-co` 3, `VM Thread` 2 |");
    }

    @Test
    void shouldGiveTheMachineTheBaselinesAndEveryStep() {
        String report = MarkdownReport.render(SampleResults.withDatabaseCeiling(CEILING), "latest.png");

        assertThat(report).contains("| CPU | Test CPU, 2 cores |").contains("| memory | 24.0 GiB |")
                .contains("| load average before → after | 0.10 0.20 0.30 → 3.50 2.10 1.00 |")
                .contains("**800 transactions/s**").contains("**16124 records/s**")
                .contains("| 200 | 200 | 400 ms | 900 ms | 900 ms | 3 | 2001 ms | 4002 ms | 3997 of 4000 |")
                .contains("Maximum sustained rate: **100 leads/s**, 12.5% of the database ceiling (the long-term goal"
                        + " is 50%). Saturation: 200 leads/s answered at the most.")
                .contains("All five started together, as `./handoff up` starts them: ready in **15.0 s**.")
                .contains("| webhook delivered | 60 ms | 85.1 ms | 85.1 ms | 1000 of 1000 |")
                .contains("**1800 MB at the peak under load**")
                .contains("![latency and targets](latest.png)");
    }

    @Test
    void shouldGiveTheCpuEachComponentSpentPerRequestAndTheRateThatBounds() {
        String report = MarkdownReport.render(SampleResults.withDatabaseCeiling(CEILING), "latest.png");

        // 4 s and 6 s of CPU for 2,000 leads: 5 ms a lead, so 2 cores allow 400 leads/s at most.
        assertThat(report).contains("| scenario | contacts | scheduling | platform | bound at full CPU |")
                .contains("| 1. lead capture at 100/s | 2 | 3 | **5** | 400/s |")
                .contains("| 2. approval at 50/s | 10 | 20 | **30** | 66.7/s |")
                .contains("| 3. slot search | 1 | 2 | **3** | 667/s |")
                .contains("the platform spent **20.0 ms of CPU per second** (contacts 10, scheduling 10).");
    }

    @Test
    void shouldCompareWithNoBaselineWithoutADatabaseCeiling() {
        BenchResults results = SampleResults.withDatabaseCeiling(null);

        assertThat(Double.isNaN(results.leadCaptureRatio())).isTrue();
        assertThat(MarkdownReport.render(results, "latest.png")).contains("pgbench was not found")
                .contains("| 15.1 Lead capture: sustained rate with form p99 < 100 ms | 100 leads/s | ≥ 300 leads/s | no"
                        + " | – |")
                .contains("| 15.5 Slot search, round robin over 20 hosts, 30 days, p99 | 35 ms | < 20 ms | no | – |");
    }

    @Test
    void shouldNotMeetALatencyTargetWhenRequestsFailed() {
        BenchResults sample = SampleResults.withDatabaseCeiling(CEILING);
        BenchResults failing = new BenchResults(sample.machine(), sample.startedAt(), sample.took(), sample.database(),
                sample.broker(), sample.services(), sample.startedTogether(), sample.idleCpu(), sample.idleLength(),
                sample.idlePlatformBytes(), sample.peakPlatformBytes(),
                sample.leads(), sample.approvals(),
                SampleResults.reads(SampleResults.load("slots", 20, 590, 10, 5_000, 9_000)), 20,
                sample.analyticsData(), sample.analyticsRecent(), sample.analyticsSettled(), 20);

        assertThat(failing.targets().get(6).name()).startsWith("15.5 Slot search");
        assertThat(failing.targets().get(6).met()).isFalse();
    }

    @Test
    void shouldDrawTheChartWithMetAndMissedTargets(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("latest.png");

        Chart.write(SampleResults.withDatabaseCeiling(CEILING), png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(Chart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(Chart.HEIGHT);
        assertThat(count(image, new Color(0x2E7D32))).as("green bars").isGreaterThan(1000);
        assertThat(count(image, new Color(0xC62828))).as("red bars and limit").isGreaterThan(1000);
        assertThat(count(image, new Color(0xEF6C00))).as("p99 line").isGreaterThan(50);
    }

    private static int count(BufferedImage image, Color color) {
        int n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (color.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }
}
