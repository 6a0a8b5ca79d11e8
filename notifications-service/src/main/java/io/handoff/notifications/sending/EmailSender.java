package io.handoff.notifications.sending;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Sends plain-text email over SMTP (quarkus.mailer.*), from the configured sender address. */
@ApplicationScoped
public class EmailSender {

    @Inject
    ReactiveMailer mailer;

    public Uni<Void> send(String to, String subject, String text) {
        return mailer.send(Mail.withText(to, subject, text));
    }
}
