package io.handoff.platform.web;

import io.handoff.platform.problem.Problems;

/**
 * PostgreSQL text cannot hold U+0000: a NUL in any value a client sends would fail in the driver as a 500
 * ("invalid byte sequence for encoding UTF8: 0x00"), so it is refused where it comes in, naming the field.
 */
public final class NulCharacters {

    public static final String MESSAGE = "must not contain the NUL character (\\u0000)";

    private NulCharacters() {
    }

    public static boolean contains(String value) {
        return value != null && value.indexOf('\u0000') >= 0;
    }

    /** The value itself, or a 400 problem naming {@code field} when it holds a NUL. */
    public static String refuse(String field, String value) {
        if (contains(value)) {
            throw Problems.invalid(field, MESSAGE);
        }
        return value;
    }
}
