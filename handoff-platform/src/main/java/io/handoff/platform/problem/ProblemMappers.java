package io.handoff.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.handoff.platform.concurrency.StaleWrites;
import io.handoff.platform.database.Causes;
import io.handoff.platform.database.DatabaseBusy;
import io.handoff.platform.web.NulCharacters;
import io.handoff.platform.web.NulFreeStrings;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.pgclient.PgException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure into an RFC 9457 problem+json response: the client's mistakes into 4xx with the
 * fields at fault, an overloaded database pool into a 503 with Retry-After, our own failures into a 500 that
 * reveals nothing but a reference to the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Seconds an overloaded service asks a client to wait before it tries again. */
    static final int BUSY_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .collect(Collectors.toList());
        return respond(Problems.invalid(errors).toProblem(path(uri)));
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class,
            UnrecognizedPropertyException.class, JsonParseException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return respond(Problems.invalid(jsonPath(unknown), "unknown field").toProblem(path(uri)));
        }
        if (e instanceof NulFreeStrings.NulCharacterException nul) {
            String field = nul.getPath().isEmpty() ? "body" : jsonPath(nul);
            return respond(Problems.invalid(field, NulCharacters.MESSAGE).toProblem(path(uri)));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return respond(Problems.invalid(jsonPath(mapping), "has the wrong type or format").toProblem(path(uri)));
        }
        return respond(Problems.badRequest("The body is not well-formed JSON.").toProblem(path(uri)));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(Problems.unauthorized("A valid bearer token is required.").toProblem(path(uri))))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problems.forbidden("Your role may not do this.").toProblem(path(uri)));
    }

    /**
     * Safety net for races the services' own checks cannot see (unique and exclusion constraints), whether
     * the driver's exception arrives bare or wrapped by Hibernate.
     */
    @ServerExceptionMapper({PgException.class, org.hibernate.exception.ConstraintViolationException.class})
    public Response database(RuntimeException e, UriInfo uri) {
        return unexpected(e, uri);
    }

    /**
     * A parameter JAX-RS could not convert (a type no platform converter covers): the client's mistake, which
     * JAX-RS would answer as 404, as if the path did not exist.
     */
    @ServerExceptionMapper
    public Response unconvertibleParameter(NotFoundException e, UriInfo uri) {
        if (e.getCause() == null || e.getCause() instanceof WebApplicationException) {
            return webApplication(e, uri);
        }
        return respond(Problems.badRequest("A query or path parameter has the wrong format.").toProblem(path(uri)));
    }

    /** Two writers raced on one row: the loser retries on fresh data instead of seeing a 500. */
    @ServerExceptionMapper({jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class})
    public Response staleWrite(RuntimeException e, UriInfo uri) {
        return respond(Problems.conflict("The resource was changed at the same time; read it again and retry.")
                .toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status == 404 ? "No resource at this path." : title + ".";
        return respond(new Problem(Problem.TYPE_BASE + title.toLowerCase().replace(' ', '-'), title, status, detail,
                path(uri), List.of()));
    }

    /** Races arrive wrapped in whatever the reactive chain wrapped them in: they are still 409, never 500. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isUnstorableCharacter(e)) {
            return respond(Problems.badRequest("The request holds a character that cannot be stored (NUL, \\u0000).")
                    .toProblem(path(uri)));
        }
        if (StaleWrites.isConstraintRace(e)) {
            return respond(Problems.conflict("The change conflicts with existing data.").toProblem(path(uri)));
        }
        if (StaleWrites.isStale(e)) {
            return staleWrite(null, uri);
        }
        if (DatabaseBusy.isBusy(e)) {
            LOG.debugf("No database connection free for %s: answered 503", path(uri));
            return Response.status(503).type(Problem.MEDIA_TYPE).entity(busy(path(uri)))
                    .header("Retry-After", BUSY_RETRY_AFTER_SECONDS).build();
        }
        String reference = Long.toHexString(System.nanoTime());
        LOG.errorf(e, "Unexpected failure %s on %s", reference, path(uri));
        return respond(new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                "Something went wrong on our side (reference " + reference + ").", path(uri), List.of()));
    }

    /**
     * Last line behind the NUL checks on bodies and parameters: PostgreSQL's "character not in repertoire"
     * (SQLSTATE 22021) can only come from a client's text.
     */
    private static boolean isUnstorableCharacter(Throwable e) {
        return Causes.anyMatch(e, cause -> cause instanceof PgException pg && "22021".equals(pg.getSqlState()));
    }

    private static Problem busy(String path) {
        return new Problem(Problem.TYPE_BASE + "busy", "Service busy", 503, "The service has more requests than"
                + " it can take right now; try again in " + BUSY_RETRY_AFTER_SECONDS + " s.", path, List.of());
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /** Method-parameter violations read "create.body.email": the field is what follows the parameter. */
    private static String field(ConstraintViolation<?> violation) {
        String[] nodes = violation.getPropertyPath().toString().split("\\.");
        if (nodes.length <= 2) {
            return nodes.length == 2 ? nodes[1] : nodes[0];
        }
        return String.join(".", java.util.Arrays.copyOfRange(nodes, 2, nodes.length));
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[").replace("\u0000", "\\u0000");
    }
}
