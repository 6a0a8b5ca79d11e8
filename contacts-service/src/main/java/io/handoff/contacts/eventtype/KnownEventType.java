package io.handoff.contacts.eventtype;

import io.handoff.platform.json.JsonList;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** An event type as scheduling-service last announced it (a projection: scheduling owns event types). */
@Entity
@Table(name = "known_event_type")
public class KnownEventType extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    public String name;
    public String kind;
    public String assignment;
    /** User ids as strings: the JSON column reads its items back untyped. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "host_ids")
    public JsonList<String> hostIds = JsonList.empty();
    @Column(name = "booking_window_days")
    public int bookingWindowDays;
    public boolean active;
    @Column(name = "saved_at")
    public Instant savedAt;

    public boolean isHostedBy(UUID userId) {
        return hostIds.items().contains(userId.toString());
    }

    public boolean isBookable() {
        return active && "STRATEGY".equals(kind);
    }

    /** The first instant past the booking window, seen from {@code now}. */
    public Instant bookableUntil(Instant now) {
        return now.plus(Duration.ofDays(bookingWindowDays));
    }
}
