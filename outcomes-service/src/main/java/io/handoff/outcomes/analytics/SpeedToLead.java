package io.handoff.outcomes.analytics;

/**
 * Seconds from a lead's capture to the first action a user took on its contact (claim, approval, stage move),
 * over the leads whose first action was this setter's: median and 90th percentile (linear interpolation,
 * rounded to whole seconds), null when no lead counts.
 */
public record SpeedToLead(Long median, Long p90, long leads) {

    static final SpeedToLead NONE = new SpeedToLead(null, null, 0);
}
