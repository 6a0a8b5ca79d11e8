package io.handoff.contacts.user;

import io.handoff.events.contacts.UserProfile;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A member of a workspace; deactivated members keep their history but own and host nothing new. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    public String name;
    public String email;
    @Column(name = "time_zone")
    public String timeZone;
    @Enumerated(EnumType.STRING)
    public UserRole role;
    public boolean active;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    public UserProfile profile() {
        return new UserProfile(id, workspaceId, name, email, timeZone, role.name(), active);
    }
}
