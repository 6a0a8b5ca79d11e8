package io.handoff.scheduling.ratelimit;

import io.handoff.platform.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Renders {@link RateLimited} as problem+json with a Retry-After header. */
public class RateLimitedMapper {

    @ServerExceptionMapper
    public Response rateLimited(RateLimited e, UriInfo uri) {
        return Response.status(429).type(Problem.MEDIA_TYPE).entity(e.toProblem(uri == null ? null : uri.getPath()))
                .header("Retry-After", e.retryAfterSeconds()).build();
    }
}
