package io.handoff.events.contacts;

import java.util.UUID;

/** Data of user.created.v1 and user.updated.v1: the whole current profile; inactive users host no calls. */
public record UserProfile(UUID userId, UUID workspaceId, String name, String email, String timeZone, String role,
                          boolean active) {
}
