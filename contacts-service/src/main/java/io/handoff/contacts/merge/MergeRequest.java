package io.handoff.contacts.merge;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** The duplicate to fold into the contact named in the path. */
public record MergeRequest(@NotNull UUID duplicateId) {
}
