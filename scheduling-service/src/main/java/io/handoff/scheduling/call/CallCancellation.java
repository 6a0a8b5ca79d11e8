package io.handoff.scheduling.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Cancels a call on behalf of the contact or as an admin decision, with the reason. */
public record CallCancellation(@NotNull By by, @NotBlank @Size(max = 1000) String reason) {

    /** Who the cancellation comes from; ADMIN needs the ADMIN or MANAGER role. */
    public enum By {
        CONTACT, ADMIN
    }
}
