package io.handoff.platform.concurrency;

import io.handoff.platform.database.Causes;
import io.vertx.pgclient.PgException;

/** Recognises, anywhere in a cause chain, a write that lost a race against another writer of the same rows. */
public final class StaleWrites {

    private StaleWrites() {
    }

    /** An optimistic-lock failure: the row's version changed between our read and our write. */
    public static boolean isStale(Throwable failure) {
        return Causes.anyMatch(failure, t -> t instanceof jakarta.persistence.OptimisticLockException
                || t instanceof org.hibernate.StaleStateException);
    }

    /** A unique or exclusion constraint refused the write: another writer got there first. */
    public static boolean isConstraintRace(Throwable failure) {
        return Causes.anyMatch(failure, t -> t instanceof PgException pg
                && ("23505".equals(pg.getSqlState()) || "23P01".equals(pg.getSqlState())));
    }
}
