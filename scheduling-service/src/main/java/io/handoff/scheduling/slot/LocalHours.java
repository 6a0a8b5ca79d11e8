package io.handoff.scheduling.slot;

/** Local hours of one day as minutes since midnight, end exclusive (1440 = the next midnight). */
public record LocalHours(int startMinute, int endMinute) {
}
