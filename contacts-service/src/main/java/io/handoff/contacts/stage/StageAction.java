package io.handoff.contacts.stage;

/** What moving a contact into the stage sets off: BOOK_CALL means booking details are required. */
public enum StageAction {
    NONE, BOOK_CALL
}
