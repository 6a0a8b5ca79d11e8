package io.handoff.notifications.contact;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * This service's copy of a contact: who owns it as setter, when it qualified, when a setter last acted on
 * it, and the setter's latest discovery outcome, for alerts and the closer's handoff brief.
 */
@Entity
@Table(name = "known_contact")
public class KnownContact extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    /** Lower case: contacts are unique per workspace by email, whatever its case. */
    public String email;
    public String name;
    public String phone;
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "setter_owner_id")
    public UUID setterOwnerId;
    @Column(name = "qualified_at")
    public Instant qualifiedAt;
    @Column(name = "last_setter_action_at")
    public Instant lastSetterActionAt;
    @Column(name = "booked_at")
    public Instant bookedAt;
    @Column(name = "discovery_result")
    public String discoveryResult;
    @Column(name = "discovery_notes")
    public String discoveryNotes;
    @Column(name = "discovery_recorded_at")
    public Instant discoveryRecordedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** A setter acted (claimed, moved, approved, set a call); the latest such moment is kept. */
    public void noteSetterAction(Instant at) {
        if (lastSetterActionAt == null || at.isAfter(lastSetterActionAt)) {
            lastSetterActionAt = at;
        }
    }

    public void noteBooked(Instant at) {
        if (bookedAt == null || at.isAfter(bookedAt)) {
            bookedAt = at;
        }
    }

    public String displayName() {
        return name == null || name.isBlank() ? email : name;
    }
}
