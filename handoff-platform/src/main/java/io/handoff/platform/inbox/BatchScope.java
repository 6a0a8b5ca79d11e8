package io.handoff.platform.inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The batch of consumed events being applied on this Vert.x context, if any. Work that a batch's events all ask
 * for (recomputing a day of analytics after each of a hundred leads) can be gathered here and done once, inside the
 * batch's transaction, after its last effect and before it commits.
 */
@ApplicationScoped
public class BatchScope {

    private static final String KEY = "handoff.event-batch";

    /** Deferred work of one batch, by key, each with what it has gathered. */
    public static final class Batch {

        private final Map<Object, Deferred<?>> deferred = new LinkedHashMap<>();

        /**
         * The batch's gathering for {@code key}, made by {@code create} on first use; {@code atEnd} runs with it
         * once, before the batch commits.
         */
        @SuppressWarnings("unchecked")
        public <T> T gather(Object key, Supplier<T> create, Function<T, Uni<Void>> atEnd) {
            return ((Deferred<T>) deferred.computeIfAbsent(key, k -> new Deferred<>(create.get(), atEnd))).gathered;
        }

        Uni<Void> finish() {
            Uni<Void> all = Uni.createFrom().voidItem();
            for (Deferred<?> work : deferred.values()) {
                all = all.chain(work::run);
            }
            return all;
        }
    }

    private record Deferred<T>(T gathered, Function<T, Uni<Void>> atEnd) {
        Uni<Void> run() {
            return atEnd.apply(gathered);
        }
    }

    public Optional<Batch> current() {
        Context context = Vertx.currentContext();
        return context == null ? Optional.empty() : Optional.ofNullable(context.getLocal(KEY));
    }

    /** Runs {@code effects} as a batch on this context, then the work they deferred. */
    Uni<Void> run(Supplier<Uni<Void>> effects) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return effects.get();
        }
        Batch batch = new Batch();
        return Uni.createFrom().deferred(() -> {
            context.putLocal(KEY, batch);
            return effects.get().chain(batch::finish);
        }).onTermination().invoke(() -> context.removeLocal(KEY));
    }
}
