package io.handoff.scheduling.host;

import java.util.List;
import java.util.UUID;

/** A host's availability as stored, defaults filled in. */
public record AvailabilityView(UUID userId, String timeZone, List<WeeklyHours> weekly, List<DateOverride> overrides,
                               int bufferBeforeMinutes, int bufferAfterMinutes, int minimumNoticeMinutes,
                               Integer maxCallsPerDay) {

    public static AvailabilityView of(HostAvailability a) {
        return new AvailabilityView(a.userId, a.timeZone, a.weekly.items(), a.overrides.items(), a.bufferBeforeMinutes,
                a.bufferAfterMinutes, a.minimumNoticeMinutes, a.maxCallsPerDay);
    }
}
