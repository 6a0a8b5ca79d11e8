package io.handoff.scheduling.eventtype;

import java.util.List;
import java.util.UUID;

/**
 * What an anonymous invitee sees of an event type: the form and how many days ahead it can be booked,
 * never the hosts or the rules.
 */
public record PublicFormView(UUID id, String name, CallKind kind, int durationMinutes, List<Question> questions,
                             int bookingWindowDays) {

    public static PublicFormView of(EventType t) {
        return new PublicFormView(t.id, t.name, t.kind, t.durationMinutes, t.questions.items(), t.bookingWindowDays);
    }
}
