package io.handoff.notifications.message;

import io.handoff.events.Answer;
import io.handoff.notifications.call.KnownCall;
import io.handoff.notifications.contact.ContactActivity;
import io.handoff.notifications.contact.HandoffNote;
import io.handoff.notifications.contact.KnownContact;
import io.handoff.notifications.schedule.Channel;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The closer's brief before a strategy call: who and when (in the closer's time zone), the invitee's answers,
 * the setter's handoff notes, the setter's discovery outcome notes, and a short journey summary.
 */
public final class HandoffBrief {

    private static final String NONE = "- none recorded\n";

    private HandoffBrief() {
    }

    /** What the brief is written from; contact, note and host name may be absent. */
    public record Facts(KnownCall call, KnownContact contact, HandoffNote note, List<ContactActivity> journey,
                        String hostName, ZoneId zone) {
    }

    public static OutgoingMessage write(String recipient, Facts f) {
        KnownCall call = f.call();
        String lead = call.inviteeDisplayName();
        String when = CallTime.describe(call.startAt, f.zone());
        String host = f.hostName() == null ? call.hostDisplayName() : f.hostName();
        StringBuilder text = new StringBuilder("Hi ").append(host)
                .append(",\n\nYour ").append(call.callName()).append(" with ").append(lead).append(" (")
                .append(call.inviteeEmail).append(call.inviteePhone == null ? "" : ", " + call.inviteePhone)
                .append(") is on ").append(when).append(".\n");
        if (call.setByName != null) {
            text.append("Set by: ").append(call.setByName).append("\n");
        }
        text.append("\nAnswers\n").append(answers(call.answers.items()));
        text.append("\nHandoff notes\n").append(notes(f.note() == null ? Map.of() : f.note().notes));
        text.append("\nSetter's discovery outcome\n").append(discovery(f.contact()));
        text.append("\nJourney (").append(f.zone().getId()).append(" time)\n").append(journey(f.journey(), f.zone()));
        UUID contactId = f.contact() == null ? call.contactId : f.contact().id;
        return new OutgoingMessage(Channel.EMAIL, recipient, "Handoff brief: " + lead + ", " + call.callName()
                + " on " + when, text.toString(), contactId);
    }

    private static String answers(List<Answer> answers) {
        if (answers.isEmpty()) {
            return NONE;
        }
        StringBuilder s = new StringBuilder();
        answers.forEach(a -> s.append("- ").append(a.question()).append(": ").append(a.answer()).append("\n"));
        return s.toString();
    }

    private static String notes(Map<String, String> notes) {
        if (notes == null || notes.isEmpty()) {
            return NONE;
        }
        StringBuilder s = new StringBuilder();
        notes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> s.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append("\n"));
        return s.toString();
    }

    private static String discovery(KnownContact contact) {
        if (contact == null || contact.discoveryResult == null) {
            return NONE;
        }
        String notes = contact.discoveryNotes == null || contact.discoveryNotes.isBlank() ? "(no notes)"
                : contact.discoveryNotes;
        return "- " + contact.discoveryResult + ": " + notes + "\n";
    }

    /** Oldest first, as a story reads. */
    private static String journey(List<ContactActivity> newestFirst, ZoneId zone) {
        if (newestFirst.isEmpty()) {
            return NONE;
        }
        StringBuilder s = new StringBuilder();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            ContactActivity a = newestFirst.get(i);
            s.append("- ").append(CallTime.shortly(a.occurredAt, zone)).append(" ").append(a.summary).append("\n");
        }
        return s.toString();
    }
}
