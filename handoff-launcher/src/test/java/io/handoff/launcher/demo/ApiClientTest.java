package io.handoff.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.handoff.launcher.platform.PlatformException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiClientTest {

    private final Deque<int[]> answers = new ArrayDeque<>();
    private final List<String> keys = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private HttpServer server;
    private String url;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/users", this::answer);
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/users";
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void shouldRetryRefusalWithFreshIdempotencyKeyUntilItSucceeds() {
        answers.add(new int[] {404});
        answers.add(new int[] {201});
        ApiClient api = new ApiClient(Duration.ofSeconds(30), messages::add);

        ApiResponse response = api.exchange("POST", url, "token", Map.of("name", "Sam"), "user:sam", r -> false);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.text("id")).isEqualTo("created");
        assertThat(keys).hasSize(2).doesNotHaveDuplicates();
        assertThat(keys.get(1)).isEqualTo(ApiClient.idempotencyKey("user:sam", 2));
        assertThat(messages).singleElement().asString().contains("HTTP 404");
    }

    @Test
    void shouldKeepIdempotencyKeyWhenServerFailed() {
        answers.add(new int[] {503});
        answers.add(new int[] {201});
        ApiClient api = new ApiClient(Duration.ofSeconds(30), messages::add);

        api.exchange("POST", url, "token", Map.of("name", "Sam"), "user:sam", r -> false);

        assertThat(keys).hasSize(2).containsOnly(ApiClient.idempotencyKey("user:sam", 1));
    }

    @Test
    void shouldReturnAnswerTheCallerAcceptsWithoutRetrying() {
        answers.add(new int[] {409});
        ApiClient api = new ApiClient(Duration.ofSeconds(30), messages::add);

        ApiResponse response = api.exchange("POST", url, "token", Map.of(), "user:sam", r -> r.status() == 409);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.isProblem()).isTrue();
        assertThat(keys).hasSize(1);
    }

    @Test
    void shouldGiveUpWithTheLastAnswerOncePatienceRunsOut() {
        answers.add(new int[] {400});
        ApiClient api = new ApiClient(Duration.ZERO, messages::add);

        assertThatThrownBy(() -> api.exchange("POST", url, "token", Map.of(), "user:sam", r -> false))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("HTTP 400")
                .hasMessageContaining("name is required");
    }

    private void answer(HttpExchange exchange) throws IOException {
        keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
        int status = answers.isEmpty() ? 500 : answers.poll()[0];
        String body;
        if (status < 300) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            body = "{\"id\":\"created\"}";
        } else {
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            body = "{\"status\":" + status + ",\"title\":\"refused\",\"detail\":\"name is required\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
