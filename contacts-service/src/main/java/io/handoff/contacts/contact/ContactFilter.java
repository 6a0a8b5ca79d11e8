package io.handoff.contacts.contact;

import io.quarkus.panache.common.Parameters;

/**
 * The list filters of Global Data and Appointment Setting, turned into query conditions with bound
 * parameters (never concatenated input).
 */
public record ContactFilter(LeadStatus leadStatus, boolean excludeBooked) {

    public static ContactFilter appointmentSetting(LeadStatus leadStatus) {
        return new ContactFilter(leadStatus, true);
    }

    void appendTo(StringBuilder query, Parameters params) {
        if (excludeBooked) {
            query.append(" and (leadStatus is null or leadStatus <> :booked)");
            params.and("booked", LeadStatus.BOOKED);
        }
        if (leadStatus != null) {
            query.append(" and leadStatus = :leadStatus");
            params.and("leadStatus", leadStatus);
        }
    }
}
