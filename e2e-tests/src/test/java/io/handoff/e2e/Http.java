package io.handoff.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A customer's HTTP client: JSON in, JSON out; every 5xx any test sees is counted for the summary. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    /** The answer: status, content type, raw text and parsed JSON (missing node when not JSON). */
    record Answer(int status, String contentType, String text, JsonNode json) {

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        String field(String name) {
            JsonNode value = json.path(name);
            return value.isValueNode() ? value.asText() : null;
        }

        /** The message a validation problem gives for one field, or null when it names no such field. */
        String fieldError(String name) {
            String message = null;
            for (JsonNode error : json.path("errors")) {
                if (error.path("field").asText().equals(name)) {
                    message = error.path("message").asText();
                }
            }
            return message;
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + (text.length() > 400 ? text.substring(0, 400) + "…" : text);
        }
    }

    static Answer send(String method, String url, String token, Object body) {
        return send(method, url, token, body, null);
    }

    static Answer send(String method, String url, String token, Object body, String idempotencyKey) {
        String raw;
        try {
            raw = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        return sendRaw(method, url, token, raw, idempotencyKey);
    }

    static Answer sendRaw(String method, String url, String token, String body, String idempotencyKey) {
        return exchange(method, url, "application/json", token, body, idempotencyKey);
    }

    /** A request that names what it accepts, e.g. {@code text/event-stream} for a live stream. */
    static Answer exchange(String method, String url, String accept, String token, String body,
            String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
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
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                E2eSummary.SERVER_ERRORS.incrementAndGet();
                System.out.println("[e2e] 5xx from " + method + " " + url + ": " + response.body());
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }
}
