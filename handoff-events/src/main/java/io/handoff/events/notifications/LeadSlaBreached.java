package io.handoff.events.notifications;

import java.time.Instant;
import java.util.UUID;

/** Data of lead.sla-breached.v1: a qualified lead saw no setter action within the workspace's SLA. */
public record LeadSlaBreached(UUID contactId, UUID setterOwnerId, Instant qualifiedAt, int slaMinutes) {
}
