package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A customer's webhook receiver: a real HTTP server that accepts a delivery only when its Standard Webhooks
 * signature verifies, records what it accepted, and can be "down" (answers 503) for a while.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One accepted delivery. */
    record Delivery(String webhookId, String type, JsonNode payload) {
    }

    private final HttpServer server;
    private final List<Delivery> accepted = new CopyOnWriteArrayList<>();
    private final List<String> refusedSignatures = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger refusedWhileDown = new java.util.concurrent.atomic.AtomicInteger();
    private volatile byte[] key;
    private volatile boolean down;

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The endpoint's {@code whsec_…} secret, as notifications-service showed it once. */
    void trust(String secret) {
        key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
    }

    void setDown(boolean isDown) {
        down = isDown;
    }

    /** Attempts answered 503 while down. */
    int refusedWhileDown() {
        return refusedWhileDown.get();
    }

    List<Delivery> accepted() {
        return new ArrayList<>(accepted);
    }

    List<String> refusedSignatures() {
        return new ArrayList<>(refusedSignatures);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (down) {
                refusedWhileDown.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
            String text = new String(body, StandardCharsets.UTF_8);
            if (id == null || timestamp == null || signatures == null || !verifies(id, timestamp, text, signatures)) {
                refusedSignatures.add(id + " " + signatures);
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            JsonNode payload = Http.JSON.readTree(text);
            accepted.add(new Delivery(id, payload.path("type").asText(), payload));
            exchange.sendResponseHeaders(204, -1);
        }
    }

    private boolean verifies(String id, String timestamp, String body, String signatures) {
        if (key == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String expected = Base64.getEncoder().encodeToString(
                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            for (String signature : signatures.split(" ")) {
                if (signature.equals("v1," + expected)) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
