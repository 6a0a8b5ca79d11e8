package io.handoff.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.impl.NoStackTraceThrowable;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletionException;

class BusyProblemTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void shouldAnswerServiceBusyWithRetryAfterWhenNoConnectionWasFreeInTime() {
        // As Hibernate Reactive hands it on: the pool's waiter failure inside the reactive chain's wrapper.
        Response response = mappers.unexpected(new CompletionException(new NoStackTraceThrowable("Timeout")), null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.type()).isEqualTo(Problem.TYPE_BASE + "busy");
        assertThat(problem.detail()).contains("try again in 5 s");
    }

    @Test
    void shouldAnswerServiceBusyWhenThePoolsWaitQueueIsFull() {
        // What DatabasePool's bounded queue answers at once, wrapped as a Hibernate Reactive session hands it on.
        Response response = mappers.unexpected(new CompletionException(
                new ConnectionPoolTooBusyException("Connection pool reached max wait queue size of 200")), null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
    }

    @Test
    void shouldAnswerServiceBusyWhenAQuerySentToThePoolWaitedTooLong() {
        Response response = mappers.unexpected(new VertxException("Timeout waiting for connection", true), null);

        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void shouldKeepOtherFailuresInternalErrors() {
        Response response = mappers.unexpected(new NoStackTraceThrowable("Connection refused"), null);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getHeaderString("Retry-After")).isNull();
    }
}
