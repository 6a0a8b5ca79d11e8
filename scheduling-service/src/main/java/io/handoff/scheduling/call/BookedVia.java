package io.handoff.scheduling.call;

/** How a call was booked: by the invitee on the public page, by a user, or by approving a contact. */
public enum BookedVia {
    PUBLIC, INTERNAL, APPROVAL
}
