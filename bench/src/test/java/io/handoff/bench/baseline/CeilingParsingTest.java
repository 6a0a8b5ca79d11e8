package io.handoff.bench.baseline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CeilingParsingTest {

    @Test
    void shouldReadPgbenchsSummary() {
        String output = """
                pgbench (15.18 (Debian 15.18-0+deb12u1), server 17.5)
                transaction type: /work/main/bench/target/lead-capture.sql
                scaling factor: 1
                query mode: prepared
                number of clients: 16
                number of threads: 2
                maximum number of tries: 1
                duration: 30 s
                number of transactions actually processed: 92250
                number of failed transactions: 0 (0.000%)
                latency average = 5.204 ms
                initial connection time = 18.302 ms
                tps = 3074.583731 (without initial connection time)
                """;

        DatabaseCeiling ceiling = DatabaseCeiling.parse(16, 30, output);

        assertThat(ceiling.transactionsPerSecond()).isEqualTo(3074.583731);
        assertThat(ceiling.averageLatencyMillis()).isEqualTo(5.204);
        assertThat(ceiling.clients()).isEqualTo(16);
    }

    @Test
    void shouldPreferTheFigureWithoutConnectionTimeWhenAnOlderPgbenchPrintsBoth() {
        String output = """
                tps = 2900.1 (including connections establishing)
                tps = 3000.2 (excluding connections establishing)
                """;

        assertThat(DatabaseCeiling.parse(16, 30, output).transactionsPerSecond()).isEqualTo(3000.2);
        assertThat(DatabaseCeiling.parse(16, 30, "tps = 3000.2 (without initial connection time)\n")
                .transactionsPerSecond()).isEqualTo(3000.2);
    }

    @Test
    void shouldRefuseOutputWithoutAFigure() {
        assertThatThrownBy(() -> DatabaseCeiling.parse(16, 30, "pgbench: error: connection refused"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connection refused");
    }

    @Test
    void shouldReadTheLastSummaryOfProducerPerformance() {
        String output = """
                80001 records sent, 16000.2 records/sec (7.81 MB/sec), 1500.4 ms avg latency, 1900.0 ms max latency.
                500000 records sent, 16124.3 records/sec (7.87 MB/sec), 1802.18 ms avg latency, 2301.00 ms max \
                latency, 1850 ms 50th, 2200 ms 95th, 2280 ms 99th, 2299 ms 99.9th.
                """;

        BrokerCeiling ceiling = BrokerCeiling.parse(512, output);

        assertThat(ceiling.records()).isEqualTo(500_000);
        assertThat(ceiling.recordsPerSecond()).isEqualTo(16124.3);
        assertThat(ceiling.megabytesPerSecond()).isEqualTo(7.87);
        assertThat(ceiling.averageLatencyMillis()).isEqualTo(1802.18);
        assertThat(ceiling.p99LatencyMillis()).isEqualTo(2280);
    }

    @Test
    void shouldRefuseProducerOutputWithoutASummary() {
        assertThatThrownBy(() -> BrokerCeiling.parse(512, "org.apache.kafka.common.errors.TimeoutException"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
