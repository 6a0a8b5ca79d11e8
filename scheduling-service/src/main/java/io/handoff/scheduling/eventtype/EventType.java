package io.handoff.scheduling.eventtype;

import io.handoff.platform.json.JsonList;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A bookable kind of call: its duration, hosts, booking form and the rules that keep bad fits out. */
@Entity
@Table(name = "event_type")
public class EventType extends PanacheEntityBase {

    /** As common schedulers do: two months ahead. */
    public static final int DEFAULT_BOOKING_WINDOW_DAYS = 60;

    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    public String name;
    @Enumerated(EnumType.STRING)
    public CallKind kind;
    @Column(name = "duration_minutes")
    public int durationMinutes;
    @Enumerated(EnumType.STRING)
    public Assignment assignment;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonList<Question> questions = JsonList.empty();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "disqualification_rules")
    public JsonList<DisqualificationRule> disqualificationRules = JsonList.empty();
    @Column(name = "requires_approved_discovery")
    public boolean requiresApprovedDiscovery;
    public boolean active;
    /** How many days ahead a slot may be booked (starts before now plus this many days). */
    @Column(name = "booking_window_days")
    public int bookingWindowDays = DEFAULT_BOOKING_WINDOW_DAYS;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    /** The first instant past this event type's booking window, seen from {@code now}. */
    public Instant bookableUntil(Instant now) {
        return now.plus(Duration.ofDays(bookingWindowDays));
    }
}
