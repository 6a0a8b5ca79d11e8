package io.handoff.platform.retention;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Purges bookkeeping rows past their retention ({@link RetentionRule}s: the inbox, idempotency records, a service's
 * own), hourly and in small batches, each its own short statement, so that no purge holds locks or bloats a
 * transaction while the service works.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    @Inject
    Pool pool;
    @Inject
    Clock clock;
    @Inject
    @Any
    Instance<RetentionRule> rules;
    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "handoff.retention.batch-size", defaultValue = "1000")
    int batchSize;

    @Scheduled(every = "${handoff.retention.every:1h}", delayed = "${handoff.retention.delay:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgeOnSchedule() {
        return purgeAll().onFailure().invoke(f -> LOG.warnf("Retention purge failed, next hour tries again: %s",
                f.toString())).onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Purges every rule; answers how many rows went. */
    public Uni<Long> purgeAll() {
        List<RetentionRule> all = rules.stream().toList();
        Uni<Long> total = Uni.createFrom().item(0L);
        for (RetentionRule rule : all) {
            total = total.chain(sum -> purge(rule).map(n -> sum + n));
        }
        return total;
    }

    /** Deletes the rule's old rows batch by batch until a batch comes back short. */
    public Uni<Long> purge(RetentionRule rule) {
        OffsetDateTime before = clock.instant().minus(rule.keep()).atOffset(ZoneOffset.UTC);
        return purgeFrom(rule, before, 0L).invoke(n -> {
            if (n > 0) {
                registry.counter("handoff.retention.purged", "table", rule.table()).increment(n);
                LOG.infof("Retention: %d rows of %s older than %s purged", n, rule.table(), rule.keep());
            }
        });
    }

    private Uni<Long> purgeFrom(RetentionRule rule, OffsetDateTime before, long sofar) {
        return pool.preparedQuery(rule.purgeBatch()).execute(Tuple.of(before, batchSize))
                .chain(result -> result.rowCount() < batchSize ? Uni.createFrom().item(sofar + result.rowCount())
                        : purgeFrom(rule, before, sofar + result.rowCount()));
    }
}
