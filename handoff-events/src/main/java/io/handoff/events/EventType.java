package io.handoff.events;

import io.handoff.events.contacts.BookingRequested;
import io.handoff.events.contacts.ContactCreated;
import io.handoff.events.contacts.ContactMerged;
import io.handoff.events.contacts.ContactOwnerAssigned;
import io.handoff.events.contacts.ContactStageChanged;
import io.handoff.events.contacts.UserProfile;
import io.handoff.events.contacts.WorkspaceSettings;
import io.handoff.events.deals.DealDeleted;
import io.handoff.events.deals.DealDetails;
import io.handoff.events.deals.TransactionReceived;
import io.handoff.events.notifications.LeadSlaBreached;
import io.handoff.events.notifications.NotificationSent;
import io.handoff.events.notifications.WebhookDeliveryFailed;
import io.handoff.events.outcomes.OutcomeRecorded;
import io.handoff.events.scheduling.BookingRejected;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.CallCancelled;
import io.handoff.events.scheduling.CallRescheduled;
import io.handoff.events.scheduling.EventTypeSaved;
import io.handoff.events.scheduling.LeadCaptured;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every event type of the platform: its versioned CloudEvents type, the topic it travels on, its data
 * record and its JSON Schema (resource {@code schemas/<type>.json}). A new version is a new constant.
 */
public enum EventType {
    WORKSPACE_CREATED("workspace.created.v1", Topics.CONTACTS, WorkspaceSettings.class),
    WORKSPACE_UPDATED("workspace.updated.v1", Topics.CONTACTS, WorkspaceSettings.class),
    USER_CREATED("user.created.v1", Topics.CONTACTS, UserProfile.class),
    USER_UPDATED("user.updated.v1", Topics.CONTACTS, UserProfile.class),
    CONTACT_CREATED("contact.created.v1", Topics.CONTACTS, ContactCreated.class),
    CONTACT_STAGE_CHANGED("contact.stage-changed.v1", Topics.CONTACTS, ContactStageChanged.class),
    CONTACT_OWNER_ASSIGNED("contact.owner-assigned.v1", Topics.CONTACTS, ContactOwnerAssigned.class),
    CONTACT_MERGED("contact.merged.v1", Topics.CONTACTS, ContactMerged.class),
    BOOKING_REQUESTED("booking.requested.v1", Topics.CONTACTS, BookingRequested.class),

    LEAD_CAPTURED("lead.captured.v1", Topics.SCHEDULING, LeadCaptured.class),
    CALL_BOOKED("call.booked.v1", Topics.SCHEDULING, CallBooked.class),
    CALL_RESCHEDULED("call.rescheduled.v1", Topics.SCHEDULING, CallRescheduled.class),
    CALL_CANCELLED("call.cancelled.v1", Topics.SCHEDULING, CallCancelled.class),
    BOOKING_REJECTED("booking.rejected.v1", Topics.SCHEDULING, BookingRejected.class),
    EVENT_TYPE_SAVED("event-type.saved.v1", Topics.SCHEDULING, EventTypeSaved.class),

    OUTCOME_RECORDED("outcome.recorded.v1", Topics.OUTCOMES, OutcomeRecorded.class),

    DEAL_CREATED("deal.created.v1", Topics.DEALS, DealDetails.class),
    DEAL_UPDATED("deal.updated.v1", Topics.DEALS, DealDetails.class),
    DEAL_DELETED("deal.deleted.v1", Topics.DEALS, DealDeleted.class),
    TRANSACTION_RECEIVED("transaction.received.v1", Topics.DEALS, TransactionReceived.class),

    WEBHOOK_DELIVERY_FAILED("webhook.delivery-failed.v1", Topics.NOTIFICATIONS, WebhookDeliveryFailed.class),
    NOTIFICATION_SENT("notification.sent.v1", Topics.NOTIFICATIONS, NotificationSent.class),
    LEAD_SLA_BREACHED("lead.sla-breached.v1", Topics.NOTIFICATIONS, LeadSlaBreached.class);

    private final String type;
    private final String topic;
    private final Class<? extends Record> dataClass;

    EventType(String type, String topic, Class<? extends Record> dataClass) {
        this.type = type;
        this.topic = topic;
        this.dataClass = dataClass;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends Record> dataClass() {
        return dataClass;
    }

    public String schemaResource() {
        return "schemas/" + type + ".json";
    }

    public static Optional<EventType> ofType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** Every consumed record is looked up here, so a map rather than a scan of the values. */
    private static final Map<String, EventType> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::type, t -> t));
}
