package io.handoff.contacts.note;

import java.time.Instant;
import java.util.UUID;

/** A note as the API shows it. */
public record NoteView(UUID id, UUID contactId, UUID authorId, String body, Instant createdAt, Instant updatedAt) {

    public static NoteView of(Note n) {
        return new NoteView(n.id, n.contactId, n.authorId, n.body, n.createdAt, n.updatedAt);
    }
}
