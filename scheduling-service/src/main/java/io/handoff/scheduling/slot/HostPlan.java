package io.handoff.scheduling.slot;

/** A host's schedule with their booked time: everything needed to say when they are free. */
public record HostPlan(HostSchedule schedule, HostCalendar calendar) {
}
