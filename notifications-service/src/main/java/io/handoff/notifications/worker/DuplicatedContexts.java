package io.handoff.notifications.worker;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.function.Supplier;

/**
 * Runs a worker's database work on a fresh duplicated Vert.x context marked safe: Hibernate Reactive needs
 * one, and timer callbacks run on the root context.
 */
public final class DuplicatedContexts {

    private DuplicatedContexts() {
    }

    public static <T> Uni<T> run(Vertx vertx, Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(ignored -> Uni.createFrom().deferred(work::get)
                    .subscribe().with(emitter::complete, emitter::fail));
        });
    }
}
