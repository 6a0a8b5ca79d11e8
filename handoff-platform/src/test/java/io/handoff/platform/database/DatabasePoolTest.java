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
    void shouldLetWorkWaitForAConnectionAndRefuseWorkBeyondTheQueueAsBusy() throws Exception {
        DatabasePool creator = new DatabasePool();
        creator.maxWaiting = 1;
        Pool pool = creator.create(input(new PoolOptions().setMaxSize(1)));
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
        throw new AssertionError("expected the pool to refuse the work");
    }
}
