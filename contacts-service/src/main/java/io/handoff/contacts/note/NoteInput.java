package io.handoff.contacts.note;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A note's body as HTML; the raw input is capped so that cleaning never sees megabytes. */
public record NoteInput(@NotNull @Size(max = 20000) String body) {
}
