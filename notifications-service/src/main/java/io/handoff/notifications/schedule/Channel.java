package io.handoff.notifications.schedule;

/** How a message travels: email over SMTP, or SMS through the configured provider. */
public enum Channel {
    EMAIL, SMS
}
