package io.handoff.contacts.contact;

import java.util.List;

/** A list kept in a JSONB column as {@code {"items": [...]}}. */
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
