package io.handoff.platform.concurrency;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Re-invokes a {@code Uni} method whose transaction failed on a stale write. It sits outside
 * {@code @WithTransaction} (priority 200), so each attempt opens its own session and reads the rows afresh.
 * It retries at once, without a back-off timer: the winner has already committed, and a timer would move the
 * next attempt off the Vert.x context that Hibernate Reactive must stay on.
 */
@RetryStaleWrites
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class StaleWriteRetryInterceptor {

    /** Attempts after the first; a race lost three times in a row is reported as a 409. */
    static final int RETRIES = 3;

    @AroundInvoke
    Object retry(InvocationContext context) throws Exception {
        if (!Uni.class.isAssignableFrom(context.getMethod().getReturnType())) {
            return context.proceed();
        }
        return Uni.createFrom().deferred(() -> proceed(context))
                .onFailure(StaleWrites::isStale).retry().atMost(RETRIES);
    }

    @SuppressWarnings("unchecked")
    private static Uni<Object> proceed(InvocationContext context) {
        try {
            return (Uni<Object>) context.proceed();
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
    }
}
