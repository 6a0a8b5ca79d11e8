package io.handoff.platform.concurrency;

import io.vertx.pgclient.PgException;

/** Recognises, anywhere in a cause chain, a write that lost a race against another writer of the same rows. */
public final class StaleWrites {

    private StaleWrites() {
    }

    /** An optimistic-lock failure: the row's version changed between our read and our write. */
    public static boolean isStale(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /** A unique or exclusion constraint refused the write: another writer got there first. */
    public static boolean isConstraintRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && ("23505".equals(pg.getSqlState()) || "23P01".equals(pg.getSqlState()))) {
                return true;
            }
        }
        return false;
    }
}
