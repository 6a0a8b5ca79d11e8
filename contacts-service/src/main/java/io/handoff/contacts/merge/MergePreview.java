package io.handoff.contacts.merge;

import java.util.List;
import java.util.UUID;

/** What a merge would move from the duplicate to the primary, before anyone commits to it. */
public record MergePreview(UUID primaryId, UUID duplicateId, long notes, long journeyEntries, long calls, long deals,
                           List<String> answersAdded, List<String> tagsAdded, UUID setterOwnerTaken,
                           UUID closerOwnerTaken, String secondaryEmailTaken) {
}
