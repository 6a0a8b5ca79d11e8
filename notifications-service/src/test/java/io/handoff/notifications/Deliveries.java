package io.handoff.notifications;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** Reads an endpoint's delivery log through the API, waiting for what a test expects to see. */
final class Deliveries {

    private Deliveries() {
    }

    static Map<String, Object> awaitNewest(TestWorkspace ws, String endpointId, String status) {
        return awaitNewest(ws, endpointId, status, 0);
    }

    /** Waits until the endpoint's newest delivery has this status and at least this many attempts. */
    static Map<String, Object> awaitNewest(TestWorkspace ws, String endpointId, String status, int attempts) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            List<Map<String, Object>> items = ws.deliveries(endpointId).getList("items");
            return items.isEmpty() ? null : items.get(0);
        }, d -> d != null && status.equals(d.get("status")) && attempts(d).size() >= attempts);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> attempts(Map<String, Object> delivery) {
        return (List<Map<String, Object>>) delivery.get("attempts");
    }

    static List<String> statuses(TestWorkspace ws, String endpointId) {
        return ws.deliveries(endpointId).getList("items", Map.class).stream()
                .map(d -> (String) d.get("status")).toList();
    }
}
