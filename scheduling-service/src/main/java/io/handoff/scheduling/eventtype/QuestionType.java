package io.handoff.scheduling.eventtype;

/** The kinds of booking-form question. */
public enum QuestionType {
    TEXT, SINGLE, MULTI, EMAIL, PHONE
}
