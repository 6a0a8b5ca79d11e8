package io.handoff.notifications.sending;

import io.handoff.notifications.alert.SlaCheck;
import io.handoff.notifications.message.OutgoingMessage;
import io.handoff.notifications.schedule.Channel;
import io.handoff.notifications.schedule.NotificationKind;
import io.handoff.notifications.worker.DuplicatedContexts;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Works one claimed notification: a speed-to-lead check is evaluated in one transaction; a message is written,
 * sent outside any transaction (email over SMTP, or SMS), and its outcome recorded afterwards.
 */
@ApplicationScoped
public class NotificationDispatcher {

    @Inject
    Vertx vertx;
    @Inject
    MessageComposer composer;
    @Inject
    NotificationRecorder recorder;
    @Inject
    SlaCheck slaCheck;
    @Inject
    EmailSender email;
    @Inject
    SmsSender sms;
    @ConfigProperty(name = "handoff.notifications.send-timeout", defaultValue = "30s")
    Duration sendTimeout;

    public Uni<Void> process(NotificationJob job) {
        if (job.kind() == NotificationKind.SLA_CHECK) {
            return onNewContext(() -> recorder.whileLeased(job, slaCheck::evaluate));
        }
        return onNewContext(() -> composer.compose(job)).chain(composition -> {
            if (composition.isNothing()) {
                return Uni.createFrom().voidItem();
            }
            if (composition.skipReason() != null) {
                return onNewContext(() -> recorder.skipped(job, composition.skipReason()));
            }
            OutgoingMessage message = composition.message();
            return send(message).onItemOrFailure().transformToUni((done, failure) -> onNewContext(() ->
                    failure == null ? recorder.sent(job, message) : recorder.failed(job, failure))
                    .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).atMost(5));
        });
    }

    private Uni<Void> send(OutgoingMessage message) {
        Uni<Void> sending = message.channel() == Channel.SMS
                ? Uni.createFrom().deferred(() -> sms.send(message.recipient(), message.text()))
                : Uni.createFrom().deferred(() -> email.send(message.recipient(), message.subject(), message.text()));
        return sending.ifNoItem().after(sendTimeout)
                .failWith(() -> new TimeoutException("no answer within " + sendTimeout.toSeconds() + " s"));
    }

    private <T> Uni<T> onNewContext(Supplier<Uni<T>> work) {
        return DuplicatedContexts.run(vertx, work);
    }
}
