package io.handoff.notifications;

import io.handoff.notifications.sending.LoggingSmsSender;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;

/** The logging SMS provider, which also keeps what it was given so that tests can read the texts sent. */
@Alternative
@Priority(1)
@ApplicationScoped
public class RecordingSmsSender extends LoggingSmsSender {

    /** One text message as handed to the provider. */
    public record Sms(String to, String text) {
    }

    private final List<Sms> sent = new CopyOnWriteArrayList<>();

    @Override
    public Uni<Void> send(String phoneNumber, String text) {
        sent.add(new Sms(phoneNumber, text));
        return super.send(phoneNumber, text);
    }

    public List<Sms> to(String phoneNumber) {
        return sent.stream().filter(s -> s.to().equals(phoneNumber)).toList();
    }

    public List<Sms> awaitTo(String phoneNumber, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> to(phoneNumber), list -> list.size() >= count);
    }
}
