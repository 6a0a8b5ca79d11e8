package io.handoff.notifications.sending;

import io.smallrye.mutiny.Uni;

/**
 * Sends a text message through an SMS provider. The default only logs; a deployment with a provider adds a
 * bean of its own (an SMS gateway's client), which takes precedence.
 */
public interface SmsSender {

    /** Completes when the provider accepted the message; fails when it refused or could not be reached. */
    Uni<Void> send(String phoneNumber, String text);
}
