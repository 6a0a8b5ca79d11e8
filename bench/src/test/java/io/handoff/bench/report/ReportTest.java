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
        assertThat(report).contains("| 1. Lead capture: max sustained rate / database ceiling | 12.5% | ≥ 50% | no |"
                        + " 100 of 800 transactions/s |")
                .contains("| 2. Approve → call booked → webhook delivered, p99 | 85.1 ms | < 100 ms | **yes** |"
                        + " 16.4× a pgbench transaction (5.2 ms) |")
                .contains("| 3. Slot search, round robin over 20 hosts, 30 days, p99 | 35 ms | < 20 ms | no |"
                        + " 6.73× a pgbench transaction (5.2 ms) |")
                .contains("| 4. Analytics summary over 1,000,000 calls, p99 | 45 ms | < 50 ms | **yes** |")
                .contains("| 5. contacts-service start-up to ready | 2.5 s | < 3 s | **yes** | – |")
                .contains("| 5. deals-service idle RSS | 260 MB | < 200 MB | no | 1.1% of the machine's memory |")
                .contains("4 of 8 targets met.");
    }

    @Test
    void shouldGiveTheMachineTheBaselinesAndEveryStep() {
        String report = MarkdownReport.render(SampleResults.withDatabaseCeiling(CEILING), "latest.png");

        assertThat(report).contains("| CPU | Test CPU, 2 cores |").contains("| memory | 24.0 GiB |")
                .contains("| load average before → after | 0.10 0.20 0.30 → 3.50 2.10 1.00 |")
                .contains("**800 transactions/s**").contains("**16124 records/s**")
                .contains("| 200 | 200 | 400 ms | 900 ms | 900 ms | 3 | 2001 ms | 4002 ms | 3997 of 4000 |")
                .contains("Maximum sustained rate: **100 leads/s**, 12.5% of the database ceiling.")
                .contains("| webhook delivered | 60 ms | 85.1 ms | 85.1 ms | 1000 of 1000 |")
                .contains("**1800 MB at the peak under load**")
                .contains("![latency and targets](latest.png)");
    }

    @Test
    void shouldGiveTheCpuEachComponentSpentPerRequestAndTheRateThatBounds() {
        String report = MarkdownReport.render(SampleResults.withDatabaseCeiling(CEILING), "latest.png");

        // 4 s and 6 s of CPU for 2,000 leads: 5 ms a lead, so 2 cores allow 400 leads/s at most.
        assertThat(report).contains("| scenario | contacts | scheduling | total | bound at full CPU |")
                .contains("| 1. lead capture at 100/s | 2 | 3 | **5** | 400/s |")
                .contains("| 2. approval at 50/s | 10 | 20 | **30** | 66.7/s |")
                .contains("| 3. slot search | 1 | 2 | **3** | 667/s |");
    }

    @Test
    void shouldNotMeetTheRatioTargetWithoutADatabaseCeiling() {
        BenchResults results = SampleResults.withDatabaseCeiling(null);

        assertThat(results.targets().get(0).met()).isFalse();
        assertThat(MarkdownReport.render(results, "latest.png")).contains("pgbench was not found")
                .contains("| 1. Lead capture: max sustained rate / database ceiling | not measured")
                .contains("| 3. Slot search, round robin over 20 hosts, 30 days, p99 | 35 ms | < 20 ms | no | – |");
    }

    @Test
    void shouldNotMeetALatencyTargetWhenRequestsFailed() {
        BenchResults sample = SampleResults.withDatabaseCeiling(CEILING);
        BenchResults failing = new BenchResults(sample.machine(), sample.startedAt(), sample.took(), sample.database(),
                sample.broker(), sample.services(), sample.idlePlatformBytes(), sample.peakPlatformBytes(),
                sample.leads(), sample.approvals(),
                SampleResults.reads(SampleResults.load("slots", 20, 590, 10, 5_000, 9_000)), 20,
                sample.analyticsData(), sample.analyticsRecent(), sample.analyticsSettled(), 20);

        assertThat(failing.targets().get(2).name()).startsWith("3. Slot search");
        assertThat(failing.targets().get(2).met()).isFalse();
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
