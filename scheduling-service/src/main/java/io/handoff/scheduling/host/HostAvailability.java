package io.handoff.scheduling.host;

import io.handoff.platform.json.JsonList;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** When a host takes calls: weekly hours, date overrides, buffers, notice and a daily cap. */
@Entity
@Table(name = "host_availability")
public class HostAvailability extends PanacheEntityBase {
    @Id
    @Column(name = "user_id")
    public UUID userId;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "time_zone")
    public String timeZone;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonList<WeeklyHours> weekly = JsonList.empty();
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonList<DateOverride> overrides = JsonList.empty();
    @Column(name = "buffer_before_minutes")
    public int bufferBeforeMinutes;
    @Column(name = "buffer_after_minutes")
    public int bufferAfterMinutes;
    @Column(name = "minimum_notice_minutes")
    public int minimumNoticeMinutes;
    @Column(name = "max_calls_per_day")
    public Integer maxCallsPerDay;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
}
