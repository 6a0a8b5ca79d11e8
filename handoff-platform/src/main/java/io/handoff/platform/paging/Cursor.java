package io.handoff.platform.paging;

import io.handoff.platform.problem.Problems;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Keyset cursors: the sort value and id of the last row served. Rows inserted while a client pages
 * neither shift nor repeat what it sees, unlike offsets.
 */
public final class Cursor {

    /** Where the previous page ended: its last row's sort value (as text) and id. */
    public record Position(String sortValue, UUID id) {
        public Instant instant() {
            try {
                return Instant.parse(sortValue);
            } catch (RuntimeException e) {
                throw Problems.invalid("cursor", "is not a cursor of this list");
            }
        }
    }

    private Cursor() {
    }

    public static String encode(Object sortValue, UUID id) {
        String raw = sortValue + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Position decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.lastIndexOf('|');
            return new Position(raw.substring(0, bar), UUID.fromString(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw Problems.invalid("cursor", "is not a valid cursor");
        }
    }
}
