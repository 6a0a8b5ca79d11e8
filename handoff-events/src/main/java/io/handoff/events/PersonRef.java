package io.handoff.events;

import java.util.UUID;

/** A workspace user named in an event so that webhook consumers need no lookup (e.g. who set a call). */
public record PersonRef(UUID userId, String name, String email) {
}
