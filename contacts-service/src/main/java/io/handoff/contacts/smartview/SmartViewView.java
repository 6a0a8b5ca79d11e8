package io.handoff.contacts.smartview;

import java.time.Instant;
import java.util.UUID;

/** A smart view as the API shows it. */
public record SmartViewView(UUID id, String name, boolean shared, UUID ownerId, String query, Instant createdAt) {
}
