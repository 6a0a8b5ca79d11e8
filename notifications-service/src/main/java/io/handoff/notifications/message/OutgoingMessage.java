package io.handoff.notifications.message;

import io.handoff.notifications.schedule.Channel;

import java.util.UUID;

/** A written message ready to send; the subject is ignored for SMS. contactId is null when no contact is known. */
public record OutgoingMessage(Channel channel, String recipient, String subject, String text, UUID contactId) {
}
