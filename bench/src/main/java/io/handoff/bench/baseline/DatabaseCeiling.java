package io.handoff.bench.baseline;

/**
 * pgbench's figures for the minimum a lead capture must write, one lead row and one outbox row in one transaction,
 * on the platform's own PostgreSQL server.
 */
public record DatabaseCeiling(int clients, int seconds, double transactionsPerSecond, double averageLatencyMillis) {

    /** Reads pgbench's summary: {@code latency average = 3.702 ms} and {@code tps = 4321.1 (without initial ...)}. */
    public static DatabaseCeiling parse(int clients, int seconds, String output) {
        double tps = Double.NaN;
        double latency = Double.NaN;
        for (String line : output.split("\\R")) {
            String trimmed = line.trim();
            // pgbench before 14 printed two: including and excluding connection set-up; the latter is the rate.
            if (trimmed.startsWith("tps = ") && (Double.isNaN(tps) || trimmed.contains("excluding"))) {
                tps = number(trimmed.substring("tps = ".length()));
            } else if (trimmed.startsWith("latency average = ")) {
                latency = number(trimmed.substring("latency average = ".length()));
            }
        }
        if (Double.isNaN(tps)) {
            throw new IllegalArgumentException("no tps line in pgbench's output:\n" + output);
        }
        return new DatabaseCeiling(clients, seconds, tps, latency);
    }

    private static double number(String text) {
        return Double.parseDouble(text.split("\\s+")[0]);
    }
}
