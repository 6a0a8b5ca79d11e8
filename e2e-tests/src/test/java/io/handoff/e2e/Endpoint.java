package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One operation of one service, as its own OpenAPI document lists it, so that the matrix covers every endpoint. */
record Endpoint(String service, String method, String path) {

    static final List<String> SERVICES = List.of("contacts-service", "scheduling-service", "outcomes-service",
            "deals-service", "notifications-service");

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** Endpoints reserved to ADMIN (or ADMIN and MANAGER): a USER token gets 403 there. */
    private static final Set<String> ADMIN_ONLY = Set.of(
            "POST /api/v1/users", "PATCH /api/v1/users/{id}", "PATCH /api/v1/workspace",
            "POST /api/v1/workspaces", "GET /api/v1/workspaces",
            "POST /api/v1/stages", "PATCH /api/v1/stages/{id}", "POST /api/v1/stages/reorder",
            "DELETE /api/v1/stages/{id}",
            "POST /api/v1/event-types",
            "POST /api/v1/products", "PATCH /api/v1/products/{id}", "DELETE /api/v1/products/{id}",
            "POST /api/v1/transaction-sources", "GET /api/v1/transaction-sources",
            "GET /api/v1/transaction-sources/{id}", "PATCH /api/v1/transaction-sources/{id}",
            "DELETE /api/v1/transaction-sources/{id}",
            "POST /api/v1/webhook-endpoints", "GET /api/v1/webhook-endpoints", "GET /api/v1/webhook-endpoints/{id}",
            "PATCH /api/v1/webhook-endpoints/{id}", "DELETE /api/v1/webhook-endpoints/{id}",
            "POST /api/v1/webhook-endpoints/{id}/rotate-secret", "GET /api/v1/webhook-endpoints/{id}/deliveries",
            "POST /api/v1/webhook-endpoints/{id}/replay", "GET /api/v1/deliveries/{id}",
            "POST /api/v1/deliveries/{id}/replay");

    static List<Endpoint> all(E2ePlatform e2e) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (String service : SERVICES) {
            Http.Answer document = Http.send("GET", e2e.url(service, "/q/openapi?format=json"), null, null);
            if (document.status() != 200) {
                throw new IllegalStateException(service + " has no OpenAPI document: " + document);
            }
            for (Iterator<Map.Entry<String, JsonNode>> paths = document.json().path("paths").fields();
                    paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                if (!path.getKey().startsWith("/api/")) {
                    continue;
                }
                path.getValue().fieldNames().forEachRemaining(method -> {
                    if (METHODS.contains(method)) {
                        endpoints.add(new Endpoint(service, method.toUpperCase(Locale.ROOT), path.getKey()));
                    }
                });
            }
        }
        return endpoints;
    }

    /** Anyone may call it: the public booking form and the payment providers' inbound hooks. */
    boolean isPublic() {
        return path.contains("/public/") || path.contains("/inbound/");
    }

    boolean isAdminOnly() {
        return ADMIN_ONLY.contains(method + " " + path.replaceAll("\\{[^}]+}", "{id}"));
    }

    boolean takesBody() {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    /** A server-sent event stream: never called with a valid token, it would not end. */
    boolean isStream() {
        return path.endsWith("/stream");
    }

    /** The concrete URL with every path parameter replaced by {@code value}. */
    String url(E2ePlatform e2e, String value) {
        return e2e.url(service, path.replaceAll("\\{[^}]+}", value));
    }

    @Override
    public String toString() {
        return service + " " + method + " " + path;
    }
}
