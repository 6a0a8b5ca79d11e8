package io.handoff.scheduling.call;

import io.handoff.events.Answer;
import io.handoff.events.Invitee;
import io.handoff.events.PersonRef;
import io.handoff.events.Utm;
import io.handoff.platform.json.JsonList;
import io.handoff.scheduling.eventtype.CallKind;
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

import java.time.Instant;
import java.util.UUID;

/**
 * A booked call of an event type with one host. {@code blockedFrom}/{@code blockedTo} widen it by the host's
 * buffers at booking time; the database refuses two live calls of a host whose blocked ranges overlap.
 */
@Entity
@Table(name = "call")
public class Call extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "event_type_id")
    public UUID eventTypeId;
    @Enumerated(EnumType.STRING)
    public CallKind kind;
    @Column(name = "host_id")
    public UUID hostId;
    @Column(name = "start_at")
    public Instant startAt;
    @Column(name = "end_at")
    public Instant endAt;
    @Column(name = "blocked_from")
    public Instant blockedFrom;
    @Column(name = "blocked_to")
    public Instant blockedTo;
    @Enumerated(EnumType.STRING)
    public CallStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "booked_via")
    public BookedVia bookedVia;
    @Column(name = "lead_id")
    public UUID leadId;
    @Column(name = "contact_id")
    public UUID contactId;
    @Column(name = "approval_id")
    public UUID approvalId;
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
    @Column(name = "utm_source")
    public String utmSource;
    @Column(name = "utm_medium")
    public String utmMedium;
    @Column(name = "utm_campaign")
    public String utmCampaign;
    @Column(name = "utm_term")
    public String utmTerm;
    @Column(name = "utm_content")
    public String utmContent;
    @Column(name = "set_by_id")
    public UUID setById;
    @Column(name = "set_by_name")
    public String setByName;
    @Column(name = "set_by_email")
    public String setByEmail;
    @Column(name = "reschedule_count")
    public int rescheduleCount;
    @Column(name = "cancelled_by")
    public String cancelledBy;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "cancelled_at")
    public Instant cancelledAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    public Invitee invitee() {
        return new Invitee(inviteeEmail, inviteeName, inviteePhone, inviteeTimeZone);
    }

    public PersonRef setBy() {
        return setById == null ? null : new PersonRef(setById, setByName, setByEmail);
    }

    public Utm utm() {
        boolean none = utmSource == null && utmMedium == null && utmCampaign == null && utmTerm == null
                && utmContent == null;
        return none ? null : new Utm(utmSource, utmMedium, utmCampaign, utmTerm, utmContent);
    }

    public void setUtm(Utm utm) {
        if (utm != null) {
            utmSource = utm.source();
            utmMedium = utm.medium();
            utmCampaign = utm.campaign();
            utmTerm = utm.term();
            utmContent = utm.content();
        }
    }
}
