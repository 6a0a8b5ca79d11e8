package io.handoff.platform.outbox;

import io.handoff.platform.signal.DatabaseSignals;
import io.handoff.platform.signal.WakeUpTimer;
import io.handoff.platform.signal.WakeableTask;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes the outbox to Kafka in commit order and deletes what the broker acknowledged (acks=all).
 * One relay per database holds a transaction-scoped advisory lock, so replicas never publish the same
 * rows concurrently and per-key order holds. A crash between ack and delete republishes a few events:
 * consumers deduplicate by event id (the inbox). The relay drains when a commit signals new events
 * ({@link DatabaseSignals}), again a few seconds after a failed send, and on a slow sweep for what a signal lost
 * while the listening connection was down left behind.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary but fixed: "outbox" in ASCII. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;
    static final String SIGNAL = "handoff_outbox";
    private static final String OLDEST = "select seq, topic, event_key, payload, traceparent, headers "
            + "from outbox_event order by seq limit $1";

    @Inject
    Pool pool;

    @Inject
    @Channel("outbox")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
    MutinyEmitter<String> emitter;

    @ConfigProperty(name = "handoff.outbox.batch-size", defaultValue = "200")
    int batchSize;

    /**
     * The safety net behind the commit signals, which only a dropped listening connection loses (and its
     * reconnection wakes the relay too): an idle relay costs one query this often.
     */
    @ConfigProperty(name = "handoff.outbox.sweep-interval", defaultValue = "30s")
    Duration sweepInterval;

    @Inject
    DatabaseSignals signals;
    @Inject
    Clock clock;

    private final WakeableTask relay = new WakeableTask("Outbox relay", () -> drain().replaceWith(false),
            delay -> this.timer.wakeIn(delay));
    private WakeUpTimer timer;

    private final Counter published;

    @Inject
    public OutboxRelay(MeterRegistry registry) {
        this.published = Counter.builder("handoff.outbox.published").description("Events relayed to Kafka")
                .register(registry);
    }

    /** Starts once the messaging channels are wired: drains what is there, then on every signal and sweep. */
    void start(@Observes StartupEvent startup, Vertx vertx) {
        timer = new WakeUpTimer(vertx, clock, relay::wake);
        timer.sweepEvery(sweepInterval);
        signals.onSignal(SIGNAL, relay::wake);
    }

    /** Stops the timers before the connection pool closes under them. */
    void stop(@Observes ShutdownEvent shutdown) {
        if (timer != null) {
            timer.stop();
        }
    }

    /** Publishes batches until the outbox is empty or the broker stops acknowledging. */
    public Uni<Void> drain() {
        return publishBatch().chain(count -> count == batchSize ? drain() : Uni.createFrom().voidItem());
    }

    private Uni<Integer> publishBatch() {
        return pool.withTransaction(conn -> conn.query("select pg_try_advisory_xact_lock(" + RELAY_LOCK + ")")
                .execute()
                .chain(lock -> lock.iterator().next().getBoolean(0) ? publishOldest(conn) : Uni.createFrom().item(0)));
    }

    private Uni<Integer> publishOldest(SqlConnection conn) {
        return conn.preparedQuery(OLDEST).execute(Tuple.of(batchSize)).chain(rows -> {
            List<Row> batch = new ArrayList<>();
            rows.forEach(batch::add);
            if (batch.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            List<Uni<Boolean>> sends = batch.stream().map(this::send).toList();
            return Uni.join().all(sends).andCollectFailures().chain(acks -> deleteAcknowledgedPrefix(conn, batch, acks));
        });
    }

    /**
     * Only the leading run of acknowledged events is deleted: what follows a failed send is sent again,
     * so no event ever overtakes an unpublished one for good.
     */
    private Uni<Integer> deleteAcknowledgedPrefix(SqlConnection conn, List<Row> batch, List<Boolean> acks) {
        int prefix = 0;
        while (prefix < acks.size() && acks.get(prefix)) {
            prefix++;
        }
        if (prefix == 0) {
            return Uni.createFrom().failure(new IllegalStateException("the broker acknowledged none of "
                    + batch.size() + " events"));
        }
        // Exactly the rows published: a range (seq <= last) would also take rows whose transactions committed
        // after the select with a lower seq (sequence values are not handed out in commit order), unpublished.
        Long[] acknowledged = batch.subList(0, prefix).stream().map(row -> row.getLong("seq")).toArray(Long[]::new);
        int done = prefix;
        return conn.preparedQuery("delete from outbox_event where seq = any($1)")
                .execute(Tuple.of((Object) acknowledged))
                .invoke(() -> published.increment(done))
                .replaceWith(done == batch.size() ? done : -1);
    }

    private Uni<Boolean> send(Row row) {
        RecordHeaders headers = RecordHeadersJson.read(row.getString("headers"));
        if (headers.lastHeader("content-type") == null) {
            headers.add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        }
        String traceparent = row.getString("traceparent");
        if (traceparent != null) {
            headers.add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        var metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.getString("topic"))
                .withKey(row.getString("event_key"))
                .withHeaders(headers)
                .build();
        return emitter.sendMessage(Message.of(row.getString("payload")).addMetadata(metadata))
                .replaceWith(true)
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("Send failed, will retry: %s", failure.getMessage());
                    return false;
                });
    }
}
