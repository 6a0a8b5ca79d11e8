package io.handoff.notifications.eventtype;

import io.handoff.platform.json.JsonList;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** What this service keeps of scheduling's event types: their kind and hosts (a projection). */
@Entity
@Table(name = "known_event_type")
public class KnownEventType extends PanacheEntityBase {
    public static final String DISCOVERY = "DISCOVERY";

    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    public String kind;
    /** User ids as strings: the JSON column reads its items back untyped. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "host_ids")
    public JsonList<String> hostIds = JsonList.empty();
    public boolean active;
    @Column(name = "saved_at")
    public Instant savedAt;
}
