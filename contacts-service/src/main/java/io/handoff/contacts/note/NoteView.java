package io.handoff.contacts.note;

import java.time.Instant;
import java.util.UUID;

/** A note as the API shows it: its author, and who last edited it and when (null while unedited). */
public record NoteView(UUID id, UUID contactId, UUID authorId, String body, Instant createdAt, Instant updatedAt,
                       UUID editedBy, Instant editedAt) {

    public static NoteView of(Note n) {
        return new NoteView(n.id, n.contactId, n.authorId, n.body, n.createdAt, n.updatedAt, n.editedBy, n.editedAt);
    }
}
