package io.handoff.contacts.workspace;

import io.handoff.events.contacts.WorkspaceSettings;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A tenant: every other row of every service belongs to exactly one workspace. */
@Entity
public class Workspace extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    public String slug;
    public String currency;
    @Column(name = "time_zone")
    public String timeZone;
    @Enumerated(EnumType.STRING)
    public Plan plan;
    @Column(name = "speed_to_lead_sla_minutes")
    public int speedToLeadSlaMinutes;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    public WorkspaceSettings settings() {
        return new WorkspaceSettings(id, name, slug, currency, timeZone, plan.name(), speedToLeadSlaMinutes);
    }
}
