package io.handoff.contacts.smartview;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A smart view as saved: its name, whether it is shared, and the list query it stands for, written as the
 * query string of GET /contacts (e.g. "leadStatus=QUALIFIED&setterOwnerId=none&sort=-createdAt").
 */
public record SmartViewInput(@NotBlank @Size(max = 80) String name, boolean shared,
                             @NotNull @Size(max = 2000) String query) {
}
