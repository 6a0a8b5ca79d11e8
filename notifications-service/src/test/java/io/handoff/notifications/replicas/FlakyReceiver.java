package io.handoff.notifications.replicas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on loopback that fails the first request of every webhook-id with 500 and accepts
 * every later one with 200, so that each delivery needs exactly one retry; it records every request.
 */
final class FlakyReceiver implements AutoCloseable {

    /** One request: its webhook-id, the call it is about, and the status it was answered with. */
    record Request(String webhookId, String callId, int status) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FlakyReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/hooks", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static FlakyReceiver start() {
        try {
            return new FlakyReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            String webhookId = exchange.getRequestHeaders().getFirst("webhook-id");
            String callId = JSON.readTree(body.readAllBytes()).path("data").path("callId").asText(null);
            int status = seen.computeIfAbsent(String.valueOf(webhookId), id -> new AtomicInteger())
                    .getAndIncrement() == 0 ? 500 : 200;
            requests.add(new Request(webhookId, callId, status));
            byte[] answer = ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("content-type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
