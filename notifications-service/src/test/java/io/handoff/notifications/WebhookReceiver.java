package io.handoff.notifications;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A real HTTP server on a random loopback port that plays a webhook consumer: it records every request
 * (per path) and answers the statuses a test scripts, or holds requests unanswered until released.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One received request: its headers (names in lower case) and its body exactly as sent. */
    public record Received(Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final Vertx vertx = Vertx.vertx();
    private final int port;
    private volatile HttpServer server;
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
    private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();
    private final Map<String, Integer> usual = new ConcurrentHashMap<>();
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final List<HttpServerRequest> waiting = new CopyOnWriteArrayList<>();

    private WebhookReceiver() throws Exception {
        server = listen(0);
        port = server.actualPort();
    }

    private HttpServer listen(int onPort) throws Exception {
        return vertx.createHttpServer().requestHandler(this::handle).listen(onPort, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** Goes away like a receiver that is down: connections to its port are refused until {@link #restart()}. */
    public void stop() {
        server.close().toCompletionStage().toCompletableFuture().join();
    }

    /** Comes back on the same port. */
    public void restart() {
        try {
            server = listen(port);
        } catch (Exception e) {
            throw new IllegalStateException("test receiver did not come back on port " + port, e);
        }
    }

    public static WebhookReceiver start() {
        try {
            return new WebhookReceiver();
        } catch (Exception e) {
            throw new IllegalStateException("test receiver did not start", e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    /** The next requests to the path get these statuses in order, then the usual one (200 unless set). */
    public void answer(String path, int... statuses) {
        Deque<Integer> queue = scripted.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>());
        for (int status : statuses) {
            queue.add(status);
        }
    }

    public void answerAlways(String path, int status) {
        usual.put(path, status);
    }

    public void answerWithBody(String path, String body) {
        bodies.put(path, body);
    }

    /** Requests to the path are recorded but not answered until {@link #release()}. */
    public void hold(String path) {
        held.add(path);
    }

    public void release() {
        held.clear();
        waiting.forEach(request -> request.response().setStatusCode(200).end("{\"ok\":true}"));
        waiting.clear();
    }

    public List<Received> requests(String path) {
        return List.copyOf(received.getOrDefault(path, List.of()));
    }

    /** Waits until at least this many requests reached the path and returns all of them. */
    public List<Received> awaitRequests(String path, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> requests(path), list -> list.size() >= count);
    }

    private void handle(HttpServerRequest request) {
        String path = request.path().substring(1);
        request.body().onSuccess(body -> {
            Map<String, String> headers = new ConcurrentHashMap<>();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
            received.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
                    .add(new Received(headers, body.toString()));
            if (held.contains(path)) {
                waiting.add(request);
                return;
            }
            Integer next = scripted.getOrDefault(path, new ConcurrentLinkedDeque<>()).poll();
            int status = next != null ? next : usual.getOrDefault(path, 200);
            request.response().setStatusCode(status).end(bodies.getOrDefault(path, "{\"status\":" + status + "}"));
        });
    }

    @Override
    public void close() {
        release();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    static List<String> signatures(Received request) {
        return new ArrayList<>(List.of(request.header("webhook-signature").split(" ")));
    }
}
