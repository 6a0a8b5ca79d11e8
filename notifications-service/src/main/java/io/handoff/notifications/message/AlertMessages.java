package io.handoff.notifications.message;

import io.handoff.notifications.contact.KnownContact;
import io.handoff.notifications.schedule.Channel;

import java.time.Instant;
import java.time.ZoneId;

/** Emails to setters about a newly qualified lead, and to managers about a missed speed-to-lead target. */
public final class AlertMessages {

    private AlertMessages() {
    }

    public static OutgoingMessage qualified(String recipient, String recipientName, boolean owner,
                                            KnownContact contact, Instant qualifiedAt, int slaMinutes, ZoneId zone) {
        String text = "Hi " + recipientName + ",\n\n"
                + who(contact) + " completed the booking form and qualified on "
                + CallTime.describe(qualifiedAt, zone) + ".\n\n"
                + (owner ? "You own this lead." : "The lead has no setter owner yet: claim it.")
                + " Reach out within " + slaMinutes + " minutes, the workspace's speed-to-lead target.\n";
        return new OutgoingMessage(Channel.EMAIL, recipient, "New qualified lead: " + contact.displayName(), text,
                contact.id);
    }

    public static OutgoingMessage slaMissed(String recipient, String recipientName, KnownContact contact,
                                            String setterOwnerName, Instant qualifiedAt, int slaMinutes, ZoneId zone) {
        String text = "Hi " + recipientName + ",\n\n"
                + who(contact) + " qualified on " + CallTime.describe(qualifiedAt, zone)
                + " and no setter acted within " + slaMinutes + " minutes.\n\n"
                + "Setter owner: " + (setterOwnerName == null ? "none" : setterOwnerName) + "\n";
        return new OutgoingMessage(Channel.EMAIL, recipient, "Speed-to-lead missed: " + contact.displayName(), text,
                contact.id);
    }

    private static String who(KnownContact contact) {
        String reach = contact.email + (contact.phone == null ? "" : ", " + contact.phone);
        return contact.displayName() + " (" + reach + ")";
    }
}
