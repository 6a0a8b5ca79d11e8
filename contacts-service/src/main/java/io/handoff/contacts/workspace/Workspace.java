package io.handoff.contacts.workspace;

import io.handoff.events.contacts.WorkspaceSettings;
import io.handoff.platform.json.JsonList;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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
    /** The workspace's handoff form (defaults: pain, timeline, budget, decision makers, agreed next step). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "handoff_fields")
    public JsonList<HandoffField> handoffFields;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    public static final java.util.List<HandoffField> DEFAULT_HANDOFF_FIELDS = java.util.List.of(
            new HandoffField("pain", "Pain", true), new HandoffField("timeline", "Timeline", true),
            new HandoffField("budget", "Budget", true), new HandoffField("decisionMakers", "Decision makers", true),
            new HandoffField("agreedNextStep", "Agreed next step", true));

    public WorkspaceSettings settings() {
        return new WorkspaceSettings(id, name, slug, currency, timeZone, plan.name(), speedToLeadSlaMinutes);
    }
}
