package io.handoff.bench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The customer's webhook receiver (a Zapier or Make hook): answers 204 at once and notes when each
 * {@code call.booked} delivery for a contact arrived. Signatures are checked by the end-to-end suite, not here.
 */
final class WebhookSink implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Long> arrivedByContact = new ConcurrentHashMap<>();

    WebhookSink() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", this::receive);
        server.setExecutor(workers);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** When the first {@code call.booked} for the contact arrived ({@link System#nanoTime()}), or null. */
    Long arrival(String contactId) {
        return arrivedByContact.get(contactId);
    }

    private void receive(HttpExchange exchange) throws IOException {
        long now = System.nanoTime();
        try (exchange) {
            JsonNode payload = json.readTree(exchange.getRequestBody());
            if ("call.booked".equals(payload.path("type").asText())) {
                arrivedByContact.putIfAbsent(payload.path("data").path("contactId").asText(), now);
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
