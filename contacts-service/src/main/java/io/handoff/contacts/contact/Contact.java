package io.handoff.contacts.contact;

import io.handoff.events.Answer;
import io.handoff.events.Utm;
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

/** A person in the workspace's pipeline: lead status, stage, owners and where they came from. */
@Entity
public class Contact extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    public String email;
    public String name;
    public String phone;
    @Column(name = "secondary_email")
    public String secondaryEmail;
    @Column(name = "secondary_phone")
    public String secondaryPhone;
    @Column(name = "ip_address")
    public String ipAddress;
    @Column(name = "time_zone")
    public String timeZone;
    /** JSON objects rather than arrays: Hibernate Reactive maps JSON columns to objects only. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonList<Answer> answers = JsonList.empty();
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonList<String> tags = JsonList.empty();
    /** Emails and phones of merged duplicates that are none of this contact's own; search still finds them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "merged_addresses")
    public JsonList<String> mergedAddresses = JsonList.empty();
    @Column(name = "utm_source")
    public String utmSource;
    @Column(name = "utm_medium")
    public String utmMedium;
    @Column(name = "utm_campaign")
    public String utmCampaign;
    @Column(name = "utm_term")
    public String utmTerm;
    @Column(name = "utm_content")
    public String utmContent;
    @Enumerated(EnumType.STRING)
    @Column(name = "lead_status")
    public LeadStatus leadStatus;
    @Column(name = "disqualification_reason")
    public String disqualificationReason;
    @Column(name = "lead_id")
    public UUID leadId;
    @Column(name = "stage_id")
    public UUID stageId;
    @Column(name = "setter_owner_id")
    public UUID setterOwnerId;
    @Column(name = "closer_owner_id")
    public UUID closerOwnerId;
    @Column(name = "set_by_id")
    public UUID setById;
    @Column(name = "last_event_type_id")
    public UUID lastEventTypeId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    /** The UTM parameters the contact came with, or null when it came without any. */
    public Utm utm() {
        return utmSource == null && utmMedium == null && utmCampaign == null && utmTerm == null && utmContent == null
                ? null : new Utm(utmSource, utmMedium, utmCampaign, utmTerm, utmContent);
    }
}
