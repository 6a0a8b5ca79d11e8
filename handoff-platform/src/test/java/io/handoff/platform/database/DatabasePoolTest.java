package io.handoff.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The pool against a real PostgreSQL: work beyond its connections waits, work beyond its queue is refused at once. */
class DatabasePoolTest {

    private static EmbeddedPostgres postgres;
    private static Vertx vertx;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        postgres.close();
    }

    @Test
    void shouldKeepTheConfiguredPoolButWaitWithoutATimeout() {
        PoolOptions configured = new PoolOptions().setMaxSize(7).setIdleTimeout(42).setConnectionTimeout(30);

        PoolOptions options = DatabasePool.waitingBounded(configured, 3);

        assertThat(options.getMaxSize()).isEqualTo(7);
        assertThat(options.getIdleTimeout()).isEqualTo(42);
        assertThat(options.getConnectionTimeout()).isZero();
        assertThat(options.getMaxWaitQueueSize()).isEqualTo(3);
        assertThat(configured.getConnectionTimeout()).as("Quarkus's options are not changed").isEqualTo(30);
    }

    @Test
    void shouldHavePostgreSqlEndATransactionLeftIdleAndGiveItsConnectionBack() throws Exception {
        Pool pool = creator(1, Duration.ofSeconds(1)).create(input(new PoolOptions().setMaxSize(1)));
        try {
            SqlConnection lost = await(pool.getConnection());
            assertThat(await(lost.query("show idle_in_transaction_session_timeout").execute()).iterator().next()
                    .getString(0)).isEqualTo("1s");
            await(lost.begin());
            await(lost.query("select 1").execute());
            Thread.sleep(2500);

            assertThat(awaitFailure(lost.query("select 2").execute())).as("the transaction was ended").isNotNull();
            // The pool's only connection was the one in that transaction: the pool works again without it.
            SqlConnection next = await(pool.getConnection());
            assertThat(await(next.query("select 3").execute()).iterator().next().getInteger(0)).isEqualTo(3);
            await(next.close());
        } finally {
            await(pool.close());
        }
    }

    @Test
    void shouldLetWorkWaitForAConnectionAndRefuseWorkBeyondTheQueueAsBusy() throws Exception {
        Pool pool = creator(1, Duration.ofMinutes(1)).create(input(new PoolOptions().setMaxSize(1)));
        try {
            SqlConnection holder = await(pool.getConnection());
            Future<SqlConnection> waiter = pool.getConnection();
            Future<SqlConnection> refused = pool.getConnection();

            Throwable failure = awaitFailure(refused);
            assertThat(DatabaseBusy.isBusy(failure)).as("refusal %s is recognised as busy", failure).isTrue();
            assertThat(waiter.isComplete()).as("the waiter still waits for the held connection").isFalse();

            await(holder.close());
            SqlConnection served = await(waiter);
            assertThat(await(served.query("select 1").execute()).iterator().next().getInteger(0)).isEqualTo(1);
            await(served.close());
        } finally {
            await(pool.close());
        }
    }

    private static DatabasePool creator(int maxWaiting, Duration idleInTransaction) {
        DatabasePool creator = new DatabasePool();
        creator.maxWaiting = maxWaiting;
        creator.idleInTransaction = idleInTransaction;
        return creator;
    }

    private static PgPoolCreator.Input input(PoolOptions options) {
        PgConnectOptions connect = new PgConnectOptions().setHost("localhost").setPort(postgres.getPort())
                .setDatabase("postgres").setUser("postgres").setPassword("postgres");
        return new PgPoolCreator.Input() {
            @Override
            public Vertx vertx() {
                return vertx;
            }

            @Override
            public PoolOptions poolOptions() {
                return options;
            }

            @Override
            public List<PgConnectOptions> pgConnectOptionsList() {
                return List.of(connect);
            }
        };
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static Throwable awaitFailure(Future<?> future) throws Exception {
        try {
            await(future);
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("expected the work to fail");
    }
}
