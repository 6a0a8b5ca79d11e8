package io.handoff.notifications.call;

import io.handoff.events.Answer;
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

/** This service's copy of a booked call, current through reschedules: what reminders and briefs are written from. */
@Entity
@Table(name = "known_call")
public class KnownCall extends PanacheEntityBase {
    public static final String BOOKED = "BOOKED";
    public static final String CANCELLED = "CANCELLED";
    public static final String STRATEGY = "STRATEGY";

    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    /** Absent on public bookings: the contact is then found by the invitee's email. */
    @Column(name = "contact_id")
    public UUID contactId;
    @Column(name = "approval_id")
    public UUID approvalId;
    @Column(name = "event_type_name")
    public String eventTypeName;
    public String kind;
    @Column(name = "host_id")
    public UUID hostId;
    @Column(name = "host_name")
    public String hostName;
    @Column(name = "host_email")
    public String hostEmail;
    @Column(name = "set_by_id")
    public UUID setById;
    @Column(name = "set_by_name")
    public String setByName;
    @Column(name = "invitee_email")
    public String inviteeEmail;
    @Column(name = "invitee_name")
    public String inviteeName;
    @Column(name = "invitee_phone")
    public String inviteePhone;
    @Column(name = "invitee_time_zone")
    public String inviteeTimeZone;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonList<Answer> answers = JsonList.empty();
    @Column(name = "start_at")
    public Instant startAt;
    @Column(name = "end_at")
    public Instant endAt;
    public String status;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isStrategy() {
        return STRATEGY.equals(kind);
    }

    /** Whether reminders about it still make sense at this instant. */
    public boolean isAheadAt(Instant now) {
        return BOOKED.equals(status) && startAt.isAfter(now);
    }

    public String callName() {
        return eventTypeName == null || eventTypeName.isBlank() ? "call" : eventTypeName;
    }

    public String hostDisplayName() {
        return hostName == null || hostName.isBlank() ? "your host" : hostName;
    }

    public String inviteeDisplayName() {
        return inviteeName == null || inviteeName.isBlank() ? inviteeEmail : inviteeName;
    }
}
