package io.handoff.platform.paging;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** One page of a list: {@code {"items": [...], "nextCursor": ...}}; nextCursor is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * Builds a page from rows read with {@link PageRequest#fetchSize()}: the extra row only says that
     * more exist, and the cursor points after the last row served.
     */
    public static <R, T> Page<T> of(List<R> rows, PageRequest request, Function<R, Object> sortValue,
                                    Function<R, UUID> id, Function<R, T> view) {
        boolean more = rows.size() > request.limit();
        List<R> served = more ? rows.subList(0, request.limit()) : rows;
        String next = null;
        if (more) {
            R last = served.get(served.size() - 1);
            next = Cursor.encode(sortValue.apply(last), id.apply(last));
        }
        return new Page<>(served.stream().map(view).toList(), next);
    }
}
