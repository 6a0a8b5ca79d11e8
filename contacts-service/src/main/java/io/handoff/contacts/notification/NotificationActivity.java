package io.handoff.contacts.notification;

import io.handoff.contacts.call.CallActivity;
import io.handoff.contacts.contact.ContactRepository;
import io.handoff.contacts.journey.Journey;
import io.handoff.events.Actor;
import io.handoff.events.CloudEvent;
import io.handoff.events.notifications.NotificationSent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Puts what notifications-service sent into the contact's journey. A notification about a public booking can
 * name no contact (notifications-service saw the call before the contact), so the contact is found by the call,
 * then by the recipient's email; a notification that matches no contact (an SMS to an unknown number) is skipped.
 */
@ApplicationScoped
public class NotificationActivity {

    private static final Logger LOG = Logger.getLogger(NotificationActivity.class);

    @Inject
    CallActivity calls;
    @Inject
    ContactRepository contacts;
    @Inject
    Journey journey;

    public Uni<Void> onSent(CloudEvent event, NotificationSent sent) {
        return contactOf(event.workspaceId(), sent).chain(contactId -> {
            if (contactId == null) {
                LOG.debugf("notification %s matches no contact; not in any journey", sent.notificationId());
                return Uni.createFrom().voidItem();
            }
            return journey.recordEvent(event, contactId, "NOTIFICATION_SENT", Actor.system(),
                    sent.kind().replace('_', ' ').toLowerCase() + " sent by " + sent.channel().toLowerCase()
                            + " to " + sent.recipient(),
                    Journey.details("kind", sent.kind(), "channel", sent.channel(), "callId", sent.callId()));
        });
    }

    private Uni<UUID> contactOf(UUID workspaceId, NotificationSent sent) {
        if (sent.contactId() != null) {
            return Uni.createFrom().item(sent.contactId());
        }
        Uni<UUID> byCall = sent.callId() == null ? Uni.createFrom().nullItem()
                : calls.find(workspaceId, sent.callId()).map(call -> call == null ? null : call.contactId);
        return byCall.chain(contactId -> contactId != null || !"EMAIL".equals(sent.channel())
                ? Uni.createFrom().item(contactId)
                : contacts.findByEmail(workspaceId, sent.recipient()).map(c -> c == null ? null : c.id));
    }
}
