package io.handoff.notifications.retention;

import io.handoff.platform.retention.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * How long finished work stays readable: delivered or failed webhook deliveries (with their attempts, which go with
 * them) for the delivery log and replays, 30 days by default; sent, skipped, cancelled or failed reminders and
 * alerts, 90 days. Pending work is never purged, however old.
 */
@ApplicationScoped
public class NotificationsRetention {

    @Produces
    @Named("webhook-deliveries")
    RetentionRule deliveries(@ConfigProperty(name = "handoff.retention.webhook-deliveries", defaultValue = "30d")
                             Duration keep) {
        return new RetentionRule("webhook_delivery", "updated_at", "status <> 'PENDING'", keep);
    }

    @Produces
    @Named("scheduled-notifications")
    RetentionRule notifications(@ConfigProperty(name = "handoff.retention.scheduled-notifications",
            defaultValue = "90d") Duration keep) {
        return new RetentionRule("scheduled_notification", "updated_at", "status <> 'PENDING'", keep);
    }
}
