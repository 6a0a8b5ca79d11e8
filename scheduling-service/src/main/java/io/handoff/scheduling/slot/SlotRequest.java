package io.handoff.scheduling.slot;

import java.util.List;
import java.util.UUID;

/** A slots query made ready in a session: the parsed dates and zone, the call length, the hosts' schedules. */
public record SlotRequest(SlotQuery query, int lengthMinutes, UUID workspaceId, List<HostSchedule> hosts) {
}
