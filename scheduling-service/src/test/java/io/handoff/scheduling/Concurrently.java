package io.handoff.scheduling;

import io.handoff.events.EventJson;
import io.restassured.RestAssured;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Sends many POST /calls at once from a small thread pool, released together, and returns their statuses. */
final class Concurrently {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Concurrently() {
    }

    static List<Integer> postCalls(String token, int count, int threads, IntFunction<Object> body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String json = EventJson.MAPPER.writeValueAsString(body.apply(i));
                answers.add(pool.submit(() -> {
                    go.await();
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                                    + "/api/v1/calls")).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json)).build();
                    return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
