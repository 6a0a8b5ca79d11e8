package io.handoff.notifications.message;

import io.handoff.notifications.call.KnownCall;
import io.handoff.notifications.schedule.Channel;
import io.handoff.notifications.schedule.NotificationKind;

import java.time.ZoneId;
import java.util.UUID;

/**
 * The invitee's confirmation and reminders, written in their time zone and naming it: "Your Strategy Call
 * with Cole Closer is on Tuesday, 1 December 2026 at 09:00 (America/New_York time)."
 */
public final class InviteeMessages {

    private InviteeMessages() {
    }

    public static OutgoingMessage write(NotificationKind kind, boolean rescheduled, Channel channel, String recipient,
                                        KnownCall call, ZoneId zone, UUID contactId) {
        String line = "Your " + call.callName() + " with " + call.hostDisplayName() + " is on "
                + CallTime.describe(call.startAt, zone) + ".";
        String about = call.callName() + " with " + call.hostDisplayName();
        String subject;
        String intro;
        String smsPrefix;
        switch (kind) {
            case REMINDER_24H -> {
                subject = "Tomorrow: " + about;
                intro = "A reminder: your call is tomorrow.";
                smsPrefix = "Reminder:";
            }
            case REMINDER_1H -> {
                subject = "In one hour: " + about;
                intro = "A reminder: your call starts in one hour.";
                smsPrefix = "Reminder:";
            }
            default -> {
                subject = (rescheduled ? "Rescheduled: " : "Confirmed: ") + about;
                intro = rescheduled ? "Your call has a new time." : "Your call is booked.";
                smsPrefix = rescheduled ? "Rescheduled:" : "Confirmed:";
            }
        }
        if (channel == Channel.SMS) {
            return new OutgoingMessage(channel, recipient, subject, smsPrefix + " " + line, contactId);
        }
        String name = call.inviteeName == null || call.inviteeName.isBlank() ? "there" : call.inviteeName;
        String text = "Hi " + name + ",\n\n" + intro + "\n\n" + line + "\n"
                + (kind == NotificationKind.CONFIRMATION ? "\nWe will remind you a day and an hour before.\n" : "");
        return new OutgoingMessage(channel, recipient, subject, text, contactId);
    }
}
