package io.handoff.platform.database;

import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.impl.NoStackTraceThrowable;

/**
 * Recognises work that found no free database connection: the service is overloaded, not broken. A request is told
 * to come back (503); a consumed event is tried again without counting it against the event, since nothing is wrong
 * with it.
 */
public final class DatabaseBusy {

    // The Vert.x SQL pool gives no more specific type than these. Its wait queue is bounded and its waits have no
    // timeout (DatabasePool), so it answers "too busy" at once; the two timeouts remain for a pool configured
    // otherwise: "Timeout" when a connection is asked for (Hibernate Reactive's sessions), "Timeout waiting for
    // connection" for a query sent to the pool itself.
    private static final String ACQUIRE_TIMEOUT = "Timeout";
    private static final String QUERY_TIMEOUT = "Timeout waiting for connection";

    private DatabaseBusy() {
    }

    public static boolean isBusy(Throwable e) {
        return Causes.anyMatch(e, cause -> cause instanceof ConnectionPoolTooBusyException
                || cause instanceof NoStackTraceThrowable && ACQUIRE_TIMEOUT.equals(cause.getMessage())
                || cause instanceof VertxException && QUERY_TIMEOUT.equals(cause.getMessage()));
    }
}
