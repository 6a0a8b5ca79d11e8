package io.handoff.events;

/** The person a lead or call is about, as they entered themselves on the booking form. */
public record Invitee(String email, String name, String phone, String timeZone) {
}
