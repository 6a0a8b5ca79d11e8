package io.handoff.notifications.delivery;

import io.handoff.notifications.webhook.WebhookSignature;
import io.handoff.notifications.webhook.WebhookUrlPolicy;
import io.handoff.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * POSTs one signed delivery and reports how it went; it never fails, errors become results. The host is
 * resolved and checked before every attempt and the connection goes to the checked address, so a DNS
 * change after registration cannot point a webhook at an internal service.
 */
@ApplicationScoped
public class WebhookSender {

    @Inject
    Vertx vertx;
    @Inject
    WebhookUrlPolicy urlPolicy;
    @Inject
    Clock clock;
    @ConfigProperty(name = "handoff.webhooks.timeout", defaultValue = "15s")
    Duration timeout;
    @ConfigProperty(name = "handoff.webhooks.max-in-flight", defaultValue = "32")
    int maxInFlight;

    private HttpClient client;

    @PostConstruct
    void createClient() {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(maxInFlight)
                .setConnectTimeout((int) timeout.toMillis())
                .setVerifyHost(true)
                .setForceSni(true)
                .setKeepAlive(true));
    }

    @PreDestroy
    void closeClient() {
        client.close();
    }

    public Uni<AttemptResult> send(DeliveryJob job) {
        Instant attemptedAt = clock.instant();
        long started = System.nanoTime();
        return Uni.createFrom().deferred(() -> {
                    URI uri = urlPolicy.requireWellFormed(job.url());
                    return Uni.createFrom()
                            .completionStage(() -> vertx.executeBlocking(() -> urlPolicy.requireReachable(uri), false)
                                    .toCompletionStage())
                            .chain(addresses -> post(uri, addresses.get(0), job, attemptedAt, started));
                })
                .ifNoItem().after(timeout)
                .failWith(() -> new TimeoutException("no answer within " + timeout.toSeconds() + " s"))
                .onFailure().recoverWithItem(failure -> AttemptResult.failed(attemptedAt, elapsedMs(started),
                        describe(failure)));
    }

    private Uni<AttemptResult> post(URI uri, InetAddress address, DeliveryJob job, Instant attemptedAt, long started) {
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : tls ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        long timestamp = attemptedAt.getEpochSecond();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setHost(uri.getHost().replace("[", "").replace("]", ""))
                .setPort(port)
                .setSsl(tls)
                .setURI(path)
                .setIdleTimeout(timeout.toMillis())
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", "Handoff-Webhooks/1")
                .putHeader("webhook-id", job.webhookId())
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", WebhookSignature.header(job.secrets(), job.webhookId(), timestamp,
                        job.body()));
        AtomicReference<HttpClientRequest> request = new AtomicReference<>();
        return Uni.createFrom().<AttemptResult>emitter(emitter -> {
            ResponseExcerpt excerpt = new ResponseExcerpt();
            client.request(options)
                    .compose(req -> {
                        request.set(req);
                        return req.send(Buffer.buffer(job.body()));
                    })
                    .onFailure(emitter::fail)
                    .onSuccess(response -> {
                        Runnable complete = () -> emitter.complete(result(response, excerpt, attemptedAt, started));
                        response.handler(chunk -> {
                            if (excerpt.append(chunk)) {
                                complete.run();
                            }
                        });
                        response.exceptionHandler(e -> complete.run());
                        response.endHandler(v -> {
                            excerpt.ended = true;
                            complete.run();
                        });
                    });
            // A response cut short at the excerpt's size, or abandoned on timeout, closes its connection.
            emitter.onTermination(() -> {
                HttpClientRequest req = request.get();
                if (req != null && !excerpt.ended) {
                    req.reset();
                }
            });
        });
    }

    private AttemptResult result(HttpClientResponse response, ResponseExcerpt excerpt, Instant attemptedAt,
                                 long started) {
        Duration retryAfter = RetryAfter.parse(response.getHeader("retry-after"), clock.instant());
        return new AttemptResult(attemptedAt, response.statusCode(), elapsedMs(started), excerpt.text(), null,
                retryAfter);
    }

    private static long elapsedMs(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String describe(Throwable failure) {
        if (failure instanceof ProblemException refused) {
            return "refused: " + refused.getMessage();
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return message.length() > ResponseExcerpt.LIMIT ? message.substring(0, ResponseExcerpt.LIMIT) : message;
    }
}
