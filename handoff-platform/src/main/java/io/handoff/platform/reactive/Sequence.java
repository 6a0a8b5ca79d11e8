package io.handoff.platform.reactive;

import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.function.Function;

/**
 * Runs a reactive step for each item strictly one after another. Steps that share a Hibernate Reactive
 * session must not overlap: a session runs one statement at a time.
 */
public final class Sequence {

    private Sequence() {
    }

    public static <T> Uni<Void> each(List<T> items, Function<T, Uni<?>> step) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (T item : items) {
            chain = chain.chain(() -> step.apply(item)).replaceWithVoid();
        }
        return chain;
    }
}
