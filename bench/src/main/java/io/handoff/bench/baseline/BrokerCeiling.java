package io.handoff.bench.baseline;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kafka's ProducerPerformance figures with acks=all and 512-byte records on the platform's own broker. */
public record BrokerCeiling(long records, int recordBytes, double recordsPerSecond, double megabytesPerSecond,
                            double averageLatencyMillis, double p99LatencyMillis) {

    /**
     * The tool's last line, e.g. {@code 300000 records sent, 45045.0 records/sec (22.00 MB/sec), 520.31 ms avg
     * latency, 950.00 ms max latency, 500 ms 50th, 900 ms 95th, 940 ms 99th, 948 ms 99.9th.}
     */
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) "
            + "MB/sec\\), ([\\d.]+) ms avg latency, [\\d.]+ ms max latency, [\\d.]+ ms 50th, [\\d.]+ ms 95th, "
            + "([\\d.]+) ms 99th");

    public static BrokerCeiling parse(int recordBytes, String output) {
        MatchResult last = null;
        Matcher matcher = SUMMARY.matcher(output);
        while (matcher.find()) {
            last = matcher.toMatchResult();
        }
        if (last == null) {
            throw new IllegalArgumentException("no summary line in ProducerPerformance's output:\n" + output);
        }
        return new BrokerCeiling(Long.parseLong(last.group(1)), recordBytes, Double.parseDouble(last.group(2)),
                Double.parseDouble(last.group(3)), Double.parseDouble(last.group(4)),
                Double.parseDouble(last.group(5)));
    }
}
