package io.handoff.outcomes.analytics;

import java.util.UUID;

/**
 * One setter's performance in a period: contacts claimed and approvals (by the time they happened), discovery
 * calls rejected and strategy calls set → held → closed (by call start; closed = held with a WON deal), revenue
 * of the deals naming them as setter (by deal date), and speed-to-lead of the leads captured in the period.
 */
public record SetterView(UUID userId, String name, long claimed, long approved, long rejected, long callsSet,
                         long callsHeld, long callsClosed, String revenue, SpeedToLead speedToLeadSeconds) {
}
