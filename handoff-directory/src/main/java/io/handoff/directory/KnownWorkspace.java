package io.handoff.directory;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** This service's copy of a workspace's settings (from workspace.created.v1 / workspace.updated.v1). */
@Entity
@Table(name = "known_workspace")
public class KnownWorkspace extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    public String slug;
    public String currency;
    @Column(name = "time_zone")
    public String timeZone;
    public String plan;
    @Column(name = "speed_to_lead_sla_minutes")
    public int speedToLeadSlaMinutes;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Discovery calls and setter outcomes need BUSINESS or ENTERPRISE. */
    public boolean allowsDiscovery() {
        return "BUSINESS".equals(plan) || "ENTERPRISE".equals(plan);
    }
}
