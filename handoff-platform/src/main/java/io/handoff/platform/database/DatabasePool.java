package io.handoff.platform.database;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The service's reactive connection pool, as Quarkus configures it except for how it waits: no acquisition timeout,
 * and a bounded queue of waiters instead, beyond which work is refused at once ({@link DatabaseBusy}: a 503 for a
 * request, a retry for a consumed event).
 * <p>
 * Why no timeout: in Vert.x 4.5 a waiter's timeout can fire just as a returned connection is handed to that waiter;
 * the pool then fails the waiter and loses the connection, which stays counted as in use for the life of the
 * process (eclipse-vertx/vert.x#6169, vertx-sql-client#1620; fixed in 5.x only). The bench's 300-600 leads/s steps
 * lost all 20 of scheduling-service's connections with exactly that race's signs (leases counted in use,
 * PostgreSQL's sessions idle, a negative queue size, only where work had waited 30 s). Without
 * a timer there is no race; the bounded queue keeps what the timeout gave: under overload, a quick answer instead
 * of an ever longer wait.
 * <p>
 * And PostgreSQL ends a transaction its service has left idle for a minute ({@code idle_in_transaction_session_timeout}):
 * ours send their statements back to back, so one that waits that long has lost its way (the bench of 2026-12-04
 * found two of outcomes-service's consumer transactions idle for twelve minutes, their locks held and its consumer
 * stopped). The transaction rolls back, its connection closes and leaves the pool, and the work fails where it can be
 * retried (a batch of events is applied again, a request is answered with an error) instead of hanging for ever.
 */
@Singleton
public class DatabasePool implements PgPoolCreator {

    private static final Logger LOG = Logger.getLogger(DatabasePool.class);

    /** Waiting work beyond the pool's connections; a few hundred wait well under a second at the usual speeds. */
    @ConfigProperty(name = "handoff.database.max-waiting", defaultValue = "200")
    int maxWaiting;

    /** Far longer than any of our transactions is ever idle between two statements. */
    @ConfigProperty(name = "handoff.database.idle-in-transaction-timeout", defaultValue = "60s")
    Duration idleInTransaction;

    @Override
    @SuppressWarnings("deprecation") // Quarkus casts what a creator returns to PgPool, the 4.5 builder gives a Pool.
    public Pool create(Input input) {
        PoolOptions options = waitingBounded(input.poolOptions(), maxWaiting);
        List<PgConnectOptions> servers = input.pgConnectOptionsList().stream()
                .map(server -> endingIdleTransactions(server, idleInTransaction)).toList();
        LOG.infof("Database pool: %d connections, up to %d waiting, no acquisition timeout; transactions idle for %d s"
                + " are ended", options.getMaxSize(), options.getMaxWaitQueueSize(), idleInTransaction.toSeconds());
        return PgPool.pool(input.vertx(), servers, options);
    }

    /** PostgreSQL takes any setting in a connection's start-up message: each session begins with this one. */
    static PgConnectOptions endingIdleTransactions(PgConnectOptions configured, Duration idle) {
        Map<String, String> properties = new HashMap<>(configured.getProperties());
        properties.put("idle_in_transaction_session_timeout", String.valueOf(idle.toMillis()));
        return new PgConnectOptions(configured).setProperties(properties);
    }

    static PoolOptions waitingBounded(PoolOptions configured, int maxWaiting) {
        return new PoolOptions(configured).setConnectionTimeout(0).setMaxWaitQueueSize(maxWaiting);
    }
}
