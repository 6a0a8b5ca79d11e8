package io.handoff.scheduling.host;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Local hours such as 09:00 to 17:00; "24:00" ends an interval at midnight. */
public record TimeInterval(@NotNull @Pattern(regexp = TimeInterval.HH_MM, message = "must be a time such as 09:30") String start,
                           @NotNull @Pattern(regexp = TimeInterval.HH_MM, message = "must be a time such as 17:00") String end) {

    static final String HH_MM = "([01][0-9]|2[0-3]):[0-5][0-9]|24:00";

    /** Minutes since local midnight; 24:00 is 1440. */
    public static int minuteOfDay(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3, 5));
    }

    public int startMinute() {
        return minuteOfDay(start);
    }

    public int endMinute() {
        return minuteOfDay(end);
    }
}
