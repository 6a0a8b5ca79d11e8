package io.handoff.directory;

import io.handoff.events.PersonRef;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** This service's copy of a workspace member (from user.created.v1 / user.updated.v1). */
@Entity
@Table(name = "known_user")
public class KnownUser extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    public String name;
    public String email;
    @Column(name = "time_zone")
    public String timeZone;
    public String role;
    public boolean active;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public PersonRef ref() {
        return new PersonRef(id, name, email);
    }
}
