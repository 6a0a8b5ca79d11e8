package io.handoff.events.scheduling;

import java.util.UUID;

/**
 * Data of booking.rejected.v1: scheduling could not book an approval's call. reason is SLOT_TAKEN,
 * GATE_NOT_PASSED, HOST_NOT_IN_EVENT_TYPE, EVENT_TYPE_NOT_FOUND or INVALID_REQUEST.
 */
public record BookingRejected(UUID approvalId, UUID contactId, String reason, String detail) {
}
