package io.handoff.contacts.note;

import io.handoff.contacts.contact.ContactRepository;
import io.handoff.contacts.journey.Journey;
import io.handoff.events.Actor;
import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Posts, edits and deletes notes on contacts; each post, edit and deletion is a journey entry. Only the author,
 * an admin or a manager changes a note, and an edit records who made it and when.
 */
@ApplicationScoped
public class NoteService {

    private static final int EXCERPT = 120;

    @Inject
    ContactRepository contacts;
    @Inject
    Journey journey;
    @Inject
    Clock clock;

    public Uni<NoteView> addNote(UUID workspaceId, UUID authorId, UUID contactId, String html) {
        String body = NoteText.clean(html, "body");
        return contacts.findInWorkspace(workspaceId, contactId)
                .onItem().ifNull().failWith(() -> Problems.notFound("Contact", contactId))
                .chain(c -> {
                    Note n = new Note();
                    n.id = UUID.randomUUID();
                    n.workspaceId = workspaceId;
                    n.contactId = contactId;
                    n.authorId = authorId;
                    n.body = body;
                    n.createdAt = clock.instant();
                    n.updatedAt = n.createdAt;
                    return n.persist().chain(() -> journey.record(workspaceId, contactId, "NOTE_ADDED",
                            Actor.user(authorId), "Note: " + excerpt(body), Journey.details("noteId", n.id))).map(v -> NoteView.of(n));
                });
    }

    public Uni<List<NoteView>> listNotes(UUID workspaceId, UUID contactId) {
        return contacts.findInWorkspace(workspaceId, contactId)
                .onItem().ifNull().failWith(() -> Problems.notFound("Contact", contactId))
                .chain(c -> Note.<Note>list("workspaceId = ?1 and contactId = ?2 order by createdAt, id", workspaceId, contactId))
                .map(list -> list.stream().map(NoteView::of).toList());
    }

    /** {@code moderator}: admins and managers, who may edit anyone's note; others only their own (403). */
    public Uni<NoteView> editNote(UUID workspaceId, UUID userId, boolean moderator, UUID contactId, UUID noteId,
                                  String html) {
        String body = NoteText.clean(html, "body");
        return requireChangeable(workspaceId, userId, moderator, contactId, noteId).chain(n -> {
            n.body = body;
            n.updatedAt = clock.instant();
            n.editedBy = userId;
            n.editedAt = n.updatedAt;
            return journey.record(workspaceId, contactId, "NOTE_EDITED", Actor.user(userId), "Note edited: " + excerpt(body),
                    Journey.details("noteId", n.id)).map(v -> NoteView.of(n));
        });
    }

    /** {@code moderator}: admins and managers, who may delete anyone's note; others only their own (403). */
    public Uni<Void> deleteNote(UUID workspaceId, UUID userId, boolean moderator, UUID contactId, UUID noteId) {
        return requireChangeable(workspaceId, userId, moderator, contactId, noteId).chain(n -> n.delete()
                .chain(() -> journey.record(workspaceId, contactId, "NOTE_DELETED", Actor.user(userId), "Note deleted",
                        Journey.details("noteId", noteId))));
    }

    /** Moves a merged duplicate's notes to the primary contact. */
    public Uni<Integer> repoint(UUID workspaceId, UUID fromContact, UUID toContact) {
        return Note.update("contactId = ?1 where workspaceId = ?2 and contactId = ?3", toContact, workspaceId, fromContact);
    }

    private Uni<Note> require(UUID workspaceId, UUID contactId, UUID noteId) {
        return Note.<Note>find("workspaceId = ?1 and contactId = ?2 and id = ?3", workspaceId, contactId, noteId).firstResult()
                .onItem().ifNull().failWith(() -> Problems.notFound("Note", noteId));
    }

    private Uni<Note> requireChangeable(UUID workspaceId, UUID userId, boolean moderator, UUID contactId, UUID noteId) {
        return require(workspaceId, contactId, noteId).invoke(n -> {
            if (!moderator && !n.authorId.equals(userId)) {
                throw Problems.forbidden("Only the note's author, an admin or a manager may change or delete it.");
            }
        });
    }

    private static String excerpt(String html) {
        String text = NoteText.visibleText(html);
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
    }
}
