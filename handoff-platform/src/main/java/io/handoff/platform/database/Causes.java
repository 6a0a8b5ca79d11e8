package io.handoff.platform.database;

import java.util.function.Predicate;

/** Failures reach us wrapped (CompletionException, Hibernate's exceptions): what matters is somewhere in the chain. */
public final class Causes {

    private Causes() {
    }

    public static boolean anyMatch(Throwable failure, Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
