package io.handoff.console.forwarding;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** The console's own errors, in the services' shape: RFC 9457 problem details. */
final class Problems {

    private Problems() {
    }

    static void send(HttpServerResponse response, int status, String title, String detail) {
        response.setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                        .put("detail", detail).encode());
    }
}
