package io.handoff.contacts.journey;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One step of a contact's journey: what happened, when, caused by whom. Only a merge moves it, saying so. */
@Entity
@Table(name = "journey_entry")
public class JourneyEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "contact_id")
    public UUID contactId;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String kind;
    @Column(name = "actor_kind")
    public String actorKind;
    @Column(name = "actor_user_id")
    public UUID actorUserId;
    public String summary;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> details;
    @Column(name = "source_event_id")
    public String sourceEventId;
    /** The duplicate this entry was moved from by a merge; null for entries of the contact itself. */
    @Column(name = "merged_from_contact_id")
    public UUID mergedFromContactId;
    @Column(name = "merged_from_email")
    public String mergedFromEmail;
}
