package io.handoff.contacts.contact;

/**
 * Where a lead stands in Appointment Setting. POTENTIAL left the form early, QUALIFIED completed it and
 * passed, DISQUALIFIED was blocked by the event's rules, BOOKED has a call (and leaves the view).
 */
public enum LeadStatus {
    POTENTIAL, QUALIFIED, DISQUALIFIED, BOOKED;

    /** A later submission may only move a lead forward: a partial form never undoes a completed one. */
    public LeadStatus advancedBy(LeadStatus submitted) {
        if (this == BOOKED) {
            return BOOKED;
        }
        if (submitted == POTENTIAL) {
            return this;
        }
        return submitted;
    }
}
