package io.handoff.contacts.note;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A note on a contact, stored as cleaned HTML. */
@Entity
public class Note extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "contact_id")
    public UUID contactId;
    @Column(name = "author_id")
    public UUID authorId;
    public String body;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** Who last edited the note, and when; null until someone does. */
    @Column(name = "edited_by")
    public UUID editedBy;
    @Column(name = "edited_at")
    public Instant editedAt;
    @Version
    public int version;
}
