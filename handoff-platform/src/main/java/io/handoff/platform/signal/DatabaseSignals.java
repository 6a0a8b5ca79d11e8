package io.handoff.platform.signal;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Wakes in-process workers when their table changed, through PostgreSQL's LISTEN/NOTIFY: a trigger notifies a
 * channel, PostgreSQL delivers the notification when (and only if) the writing transaction commits, to every
 * replica that listens. One connection per service listens to all channels. A notification can be missed while
 * that connection is down, so every worker is woken whenever it (re)subscribes, and keeps a slow sweep of its own.
 */
@ApplicationScoped
public class DatabaseSignals {

    private static final Logger LOG = Logger.getLogger(DatabaseSignals.class);
    /** How long to wait before each reconnection attempt: for as long as the service runs. */
    private static final long RECONNECT_DELAY_MILLIS = 1000;

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String reactiveUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private final Map<String, List<Runnable>> listeners = new ConcurrentHashMap<>();
    private PgSubscriber subscriber;

    /** Calls {@code wake} after every commit that notified {@code channel}, and whenever the listener (re)connects. */
    public synchronized void onSignal(String channel, Runnable wake) {
        boolean first = !listeners.containsKey(channel);
        listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(wake);
        if (subscriber == null) {
            subscriber = PgSubscriber.subscriber(vertx, connectOptions())
                    .reconnectPolicy(attempt -> RECONNECT_DELAY_MILLIS);
            subscriber.closeHandler(v -> LOG.debug("Database signal connection closed"));
            subscribe(channel);
            subscriber.connect().onFailure(f -> LOG.warnf("Database signals not connected yet (%s); workers sweep"
                    + " until they are", f.getMessage()));
        } else if (first) {
            subscribe(channel);
        }
    }

    private void subscribe(String channel) {
        subscriber.channel(channel)
                .subscribeHandler(v -> wakeAll(channel))
                .handler(payload -> wakeAll(channel));
    }

    private void wakeAll(String channel) {
        for (Runnable wake : listeners.getOrDefault(channel, List.of())) {
            try {
                wake.run();
            } catch (RuntimeException e) {
                LOG.warnf("A worker woken by %s failed: %s", channel, e.toString());
            }
        }
    }

    synchronized void stop(@Observes ShutdownEvent shutdown) {
        if (subscriber != null) {
            subscriber.close();
            subscriber = null;
        }
    }

    private PgConnectOptions connectOptions() {
        // Quarkus also accepts a "vertx-reactive:" prefix; the PostgreSQL client wants the URI after it.
        String uri = reactiveUrl.substring(reactiveUrl.indexOf("postgres"));
        PgConnectOptions options = PgConnectOptions.fromUri(uri);
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        return options.setReconnectAttempts(0);
    }
}
