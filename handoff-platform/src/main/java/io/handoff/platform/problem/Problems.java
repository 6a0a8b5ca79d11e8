package io.handoff.platform.problem;

import java.util.List;

/** The problems services raise, so every one of a kind has the same type, title and status everywhere. */
public final class Problems {

    private Problems() {
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, "validation", "Invalid request",
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are invalid.", errors);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail, null);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    /** Also what another workspace's ids answer: their existence is not revealed. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist.", null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null);
    }

    public static ProblemException unprocessable(String kind, String detail) {
        return new ProblemException(422, kind, "Request cannot be carried out", detail, null);
    }

    public static ProblemException tooManyRequests(String detail) {
        return new ProblemException(429, "rate-limited", "Too many requests", detail, null);
    }
}
