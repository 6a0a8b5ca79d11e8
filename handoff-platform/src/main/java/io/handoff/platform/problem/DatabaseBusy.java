package io.handoff.platform.problem;

import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;

import java.util.List;

/**
 * Recognises a request that found no free database connection within the pool's wait: the service is overloaded
 * (or its pool held), not broken, so the client is told to come back rather than that something went wrong.
 */
final class DatabaseBusy {

    /** Seconds a client is asked to wait before it tries again. */
    static final int RETRY_AFTER_SECONDS = 5;

    // The Vert.x SQL pool fails a waiter with these two messages and nothing more specific: "Timeout" when a
    // connection is asked for (Hibernate Reactive's sessions), "Timeout waiting for connection" for a query
    // sent to the pool itself.
    private static final String ACQUIRE_TIMEOUT = "Timeout";
    private static final String QUERY_TIMEOUT = "Timeout waiting for connection";

    private DatabaseBusy() {
    }

    static boolean isPoolTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof NoStackTraceThrowable && ACQUIRE_TIMEOUT.equals(cause.getMessage())) {
                return true;
            }
            if (cause instanceof VertxException && QUERY_TIMEOUT.equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    static Problem problem(String path) {
        return new Problem(Problem.TYPE_BASE + "busy", "Service busy", 503, "The service has more requests than"
                + " it can take right now; try again in " + RETRY_AFTER_SECONDS + " s.", path, List.of());
    }
}
