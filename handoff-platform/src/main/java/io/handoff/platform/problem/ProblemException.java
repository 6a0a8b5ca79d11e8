package io.handoff.platform.problem;

import jakarta.ws.rs.WebApplicationException;

import java.util.List;

/**
 * A failure the client caused or must know about, rendered as problem+json with its status. It is a
 * WebApplicationException so that JAX-RS maps it even when thrown while converting parameters.
 */
public class ProblemException extends WebApplicationException {

    private final int status;
    private final String kind;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String kind, String title, String detail, List<FieldError> errors) {
        super(detail, null, status);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** Expected outcomes of bad input: a stack trace would only cost time. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.TYPE_BASE + kind, title, status, getMessage(), instance, errors);
    }
}
