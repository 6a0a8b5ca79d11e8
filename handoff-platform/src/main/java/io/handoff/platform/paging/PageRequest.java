package io.handoff.platform.paging;

import io.handoff.platform.problem.Problems;

/** A validated {@code ?limit=&cursor=} pair: limit defaults to 50, at most 500. */
public record PageRequest(int limit, Cursor.Position after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw Problems.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(size, cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor));
    }

    /** One row more than the page is read to know whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }
}
