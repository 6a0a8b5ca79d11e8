package io.handoff.events;

/** One booking-form answer: the question as asked and the invitee's answer (multi-choice joined by ", "). */
public record Answer(String question, String answer) {
}
