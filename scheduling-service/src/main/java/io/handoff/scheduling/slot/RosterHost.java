package io.handoff.scheduling.slot;

import io.handoff.directory.KnownUser;

import java.util.UUID;

/** A host of an event type with their weight and directory entry (null when unknown to this service). */
public record RosterHost(UUID hostId, int weight, KnownUser user) {

    /** Deactivated or unknown users host no calls. */
    public boolean canHost() {
        return user != null && user.active;
    }
}
