package io.handoff.notifications.schedule;

/**
 * What a scheduled notification is: the invitee's confirmation and reminders, the closer's handoff brief,
 * setter and manager alerts, or a speed-to-lead check (which sends nothing itself).
 */
public enum NotificationKind {
    CONFIRMATION, REMINDER_24H, REMINDER_1H, HANDOFF_BRIEF, QUALIFIED_ALERT, SLA_CHECK, SLA_ALERT;

    /** Sent to the invitee about their call, by email and, with a phone number, by SMS. */
    public boolean toInvitee() {
        return this == CONFIRMATION || this == REMINDER_24H || this == REMINDER_1H;
    }
}
