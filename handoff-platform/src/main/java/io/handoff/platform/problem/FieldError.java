package io.handoff.platform.problem;

/** One invalid input field of a validation problem and what is wrong with it. */
public record FieldError(String field, String message) {
}
