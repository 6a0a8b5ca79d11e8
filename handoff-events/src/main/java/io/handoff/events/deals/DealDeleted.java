package io.handoff.events.deals;

import java.util.UUID;

/** Data of deal.deleted.v1. */
public record DealDeleted(UUID dealId, UUID contactId, UUID callId) {
}
