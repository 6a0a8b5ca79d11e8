package io.handoff.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed's availability step against a scheduling-service that learns of the new users a moment late. */
class AvailabilityStepTest {

    private final List<String> messages = new ArrayList<>();
    private final AtomicInteger refusalsLeft = new AtomicInteger();
    private HttpServer server;
    private String scheduling;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/hosts", this::availability);
        server.start();
        scheduling = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void shouldWaitQuietlyUntilSchedulingServiceKnowsTheUser() {
        refusalsLeft.set(2);
        DemoState state = DemoState.empty().withUser(new DemoState.User("Sam", "sam@demo.handoff.dev",
                "Europe/Berlin", "USER", "setter", "5b0c5f6e-7a11-4bd6-9c55-2d1a1e0a0001"));
        AvailabilityStep step = new AvailabilityStep(new ApiClient(Duration.ofSeconds(30), messages::add),
                scheduling, messages::add);

        DemoState after = step.apply(state, "token");

        assertThat(after.availabilitySet()).isTrue();
        assertThat(refusalsLeft).hasValue(-1);
        // A newcomer sees what is being done, not a 404 that is only the events still on their way.
        assertThat(messages).containsExactly("setting weekday 09:00-17:00 availability of Sam (Europe/Berlin)");
    }

    private void availability(HttpExchange exchange) throws IOException {
        boolean known = refusalsLeft.getAndDecrement() <= 0;
        int status = known ? 200 : 404;
        String body = known ? "{\"timeZone\":\"Europe/Berlin\"}"
                : "{\"type\":\"https://handoff.dev/problems/not-found\",\"status\":404,\"title\":\"Not Found\","
                        + "\"detail\":\"User 5b0c5f6e-7a11-4bd6-9c55-2d1a1e0a0001 does not exist.\"}";
        exchange.getResponseHeaders().add("Content-Type", known ? "application/json" : "application/problem+json");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
