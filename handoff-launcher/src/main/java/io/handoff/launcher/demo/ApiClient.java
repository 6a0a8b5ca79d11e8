package io.handoff.launcher.demo;

import io.handoff.launcher.platform.PlatformException;
import io.handoff.launcher.platform.Progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Sends JSON to the services. A refusal (4xx) is retried for a while, because what one service just created
 * reaches the others through Kafka a moment later.
 */
public final class ApiClient {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final long RETRY_PAUSE_MILLIS = 1000;
    /** How long an expected wait stays silent before one line says what it waits for. */
    static final Duration QUIET_WAIT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Duration patience;
    private final Progress progress;

    public ApiClient(Duration patience, Progress progress) {
        this.patience = patience;
        this.progress = progress;
    }

    /**
     * Sends until the answer is a success or {@code accept} takes it, retrying other answers and connection
     * failures for the configured patience. After a 4xx nothing was created, so the retry gets a fresh
     * Idempotency-Key; after a timeout or 5xx it keeps the key, so that a request which did go through is not
     * applied twice.
     */
    public ApiResponse exchange(String method, String url, String token, Object body, String idempotencyName,
            Predicate<ApiResponse> accept) {
        return exchange(method, url, token, body, idempotencyName, accept, response -> false, null);
    }

    /**
     * Like {@link #exchange(String, String, String, Object, String, Predicate)}, but answers that
     * {@code catchingUp} takes (another service has not heard of something yet) are expected, not failures: they
     * are retried without a word, and only a wait past {@link #QUIET_WAIT} reports {@code waitingFor} once.
     */
    public ApiResponse exchange(String method, String url, String token, Object body, String idempotencyName,
            Predicate<ApiResponse> accept, Predicate<ApiResponse> catchingUp, String waitingFor) {
        long started = System.nanoTime();
        long deadline = started + patience.toNanos();
        int attempt = 1;
        String lastReason = null;
        boolean toldWaiting = false;
        while (true) {
            String reason;
            try {
                String key = idempotencyName == null ? null : idempotencyKey(idempotencyName, attempt);
                ApiResponse response = send(method, url, token, body, key);
                if (response.isSuccess() || accept.test(response)) {
                    return response;
                }
                if (response.isClientError()) {
                    attempt++;
                }
                reason = response.summary();
                if (catchingUp.test(response)) {
                    if (System.nanoTime() > deadline) {
                        throw new PlatformException(method + " " + url + " still fails after "
                                + patience.toSeconds() + " s: " + reason);
                    }
                    if (!toldWaiting && System.nanoTime() - started > QUIET_WAIT.toNanos()) {
                        progress.report("  still waiting for " + waitingFor);
                        toldWaiting = true;
                    }
                    pause();
                    continue;
                }
            } catch (IOException e) {
                reason = "no answer (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
            }
            if (System.nanoTime() > deadline) {
                throw new PlatformException(method + " " + url + " still fails after " + patience.toSeconds()
                        + " s: " + reason);
            }
            if (!reason.equals(lastReason)) {
                progress.report("  " + method + " " + URI.create(url).getPath() + " → " + reason + "; retrying");
                lastReason = reason;
            }
            pause();
        }
    }

    /** Sends until the answer is a success, without an Idempotency-Key (reads, and writes safe to repeat). */
    public ApiResponse exchange(String method, String url, String token, Object body) {
        return exchange(method, url, token, body, null, response -> false);
    }

    /** One request, no retry. */
    public ApiResponse send(String method, String url, String token, Object body, String idempotencyKey)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            return ApiResponse.of(response.statusCode(), contentType, response.body(), parse(response.body()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Deterministic, so that the same step of a later run replays the first result instead of duplicating it. */
    static String idempotencyKey(String name, int attempt) {
        return UUID.nameUUIDFromBytes(("handoff-demo:" + name + "#" + attempt).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while seeding the demo", e);
        }
    }
}
