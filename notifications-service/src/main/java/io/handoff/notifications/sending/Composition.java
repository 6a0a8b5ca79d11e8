package io.handoff.notifications.sending;

import io.handoff.notifications.message.OutgoingMessage;

/**
 * What a due notification comes to when written: a message to send, a reason to skip it, or nothing at all
 * (it was cancelled, or another replica took it over) — then it is left alone.
 */
public record Composition(OutgoingMessage message, String skipReason) {

    public static Composition send(OutgoingMessage message) {
        return new Composition(message, null);
    }

    public static Composition skip(String reason) {
        return new Composition(null, reason);
    }

    public static Composition nothing() {
        return new Composition(null, null);
    }

    public boolean isNothing() {
        return message == null && skipReason == null;
    }
}
