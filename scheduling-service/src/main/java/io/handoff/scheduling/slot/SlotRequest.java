package io.handoff.scheduling.slot;

import java.util.List;
import java.util.UUID;

/**
 * A slots query made ready in a session: the parsed dates and zone, the call length, the event type's
 * booking window, the hosts' schedules.
 */
public record SlotRequest(SlotQuery query, int lengthMinutes, int bookingWindowDays, UUID workspaceId,
                          List<HostSchedule> hosts) {
}
