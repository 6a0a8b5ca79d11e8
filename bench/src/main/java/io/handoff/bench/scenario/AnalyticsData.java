package io.handoff.bench.scenario;

import io.handoff.bench.load.JsonHttp;
import io.handoff.launcher.platform.PlatformConfig;
import io.handoff.launcher.platform.Progress;
import io.handoff.launcher.token.DevTokens;
import io.handoff.launcher.token.Role;
import io.handoff.launcher.token.TokenSubject;
import io.handoff.outcomes.bench.BenchData;
import org.postgresql.ds.PGSimpleDataSource;

import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * Scenario 4's data: a workspace with 1,000,000 calls (outcomes, deals, leads) written straight into
 * outcomes-service's database with outcomes-service's own benchmark data set, then its daily rollup rebuilt by the
 * running service ({@code POST /analytics/rebuild}), as after a bulk import.
 */
public final class AnalyticsData {

    public record Loaded(String adminToken, String description, double loadSeconds, double rebuildSeconds) {
    }

    private AnalyticsData() {
    }

    public static Loaded load(PlatformConfig config, DevTokens tokens, JsonHttp http, String outcomesUrl, int calls,
                              int leads, Progress progress) throws Exception {
        PGSimpleDataSource outcomes = new PGSimpleDataSource();
        outcomes.setUrl(config.jdbcUrl("outcomes"));
        outcomes.setUser(PlatformConfig.DATABASE_USER);
        outcomes.setPassword(PlatformConfig.DATABASE_PASSWORD);
        UUID workspaceId = UUID.randomUUID();
        long start = System.nanoTime();
        String description = BenchData.load(outcomes, workspaceId, calls, leads);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        progress.report(String.format("analytics: loaded %s in %.0f s", description, loadSeconds));
        String admin = tokens.mint(TokenSubject.member(workspaceId.toString(), UUID.randomUUID().toString(),
                Role.ADMIN, "admin@analytics.bench.test"));
        long rebuildStart = System.nanoTime();
        HttpResponse<String> rebuilt = http.send("POST", outcomesUrl + "/api/v1/analytics/rebuild", admin, null)
                .get();
        if (rebuilt.statusCode() != 204) {
            throw new IllegalStateException("rollup rebuild answered " + rebuilt.statusCode() + ": " + rebuilt.body());
        }
        double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
        BenchData.analyze(outcomes);
        progress.report(String.format("analytics: rollup rebuilt by the service in %.0f s", rebuildSeconds));
        return new Loaded(admin, description, loadSeconds, rebuildSeconds);
    }
}
