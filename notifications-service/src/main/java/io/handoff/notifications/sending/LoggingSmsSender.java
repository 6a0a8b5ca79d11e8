package io.handoff.notifications.sending;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** The SMS provider of a deployment without one: writes each message to the log (the number masked). */
@DefaultBean
@ApplicationScoped
public class LoggingSmsSender implements SmsSender {

    private static final Logger LOG = Logger.getLogger(LoggingSmsSender.class);

    @Override
    public Uni<Void> send(String phoneNumber, String text) {
        LOG.infof("SMS to %s: %s", mask(phoneNumber), text);
        return Uni.createFrom().voidItem();
    }

    static String mask(String phoneNumber) {
        if (phoneNumber == null || phoneNumber.length() <= 4) {
            return "****";
        }
        return "*".repeat(phoneNumber.length() - 4) + phoneNumber.substring(phoneNumber.length() - 4);
    }
}
