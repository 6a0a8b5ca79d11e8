package io.handoff.contacts.approval;

/** PENDING until scheduling-service answers; BOOKED or REJECTED are final. */
public enum ApprovalStatus {
    PENDING, BOOKED, REJECTED
}
