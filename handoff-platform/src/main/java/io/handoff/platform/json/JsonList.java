package io.handoff.platform.json;

import java.util.List;

/**
 * A list kept in a JSONB column as {@code {"items": [...]}}: Hibernate Reactive maps JSON columns to
 * objects only, so a bare array cannot be stored.
 */
public record JsonList<T>(List<T> items) {

    public JsonList {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static <T> JsonList<T> empty() {
        return new JsonList<>(List.of());
    }

    public static <T> JsonList<T> of(List<T> items) {
        return new JsonList<>(items);
    }
}
