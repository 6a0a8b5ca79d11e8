package io.handoff.notifications.delivery;

import io.vertx.core.buffer.Buffer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The first KiB of a response body, kept for the delivery log; the rest is never read. */
final class ResponseExcerpt {

    static final int LIMIT = 1024;

    private final Buffer bytes = Buffer.buffer();
    volatile boolean ended;

    /** Appends a chunk; true once the excerpt is full and reading can stop. */
    boolean append(Buffer chunk) {
        int room = LIMIT - bytes.length();
        if (room > 0) {
            bytes.appendBuffer(chunk.length() <= room ? chunk : chunk.getBuffer(0, room));
        }
        return bytes.length() >= LIMIT;
    }

    /** UTF-8 text; a character cut at the limit is dropped rather than garbled. */
    String text() {
        if (bytes.length() == 0) {
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer in = ByteBuffer.wrap(bytes.getBytes());
        CharBuffer out = CharBuffer.allocate(LIMIT);
        decoder.decode(in, out, false);
        out.flip();
        return out.toString();
    }
}
