package io.handoff.contacts.approval;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;
import java.util.UUID;

/**
 * A contact's new stage. Moving to Approved books a strategy call, so it takes the booking details and the
 * setter's handoff notes (the workspace's handoff form).
 */
public record StageMove(@NotNull UUID stageId, @Valid BookingDetails booking,
                        @Size(max = 20) Map<@Size(max = 40) String, @Size(max = 1500) String> handoffNotes) {
}
