package io.handoff.contacts.workspace;

import io.handoff.platform.validation.CurrencyCode;
import io.handoff.platform.validation.TimeZoneId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A partial update of a workspace's settings and handoff form; absent fields stay as they are. */
public record WorkspaceChanges(
        @Size(min = 1, max = 120) String name,
        @CurrencyCode String currency,
        @TimeZoneId String timeZone,
        Plan plan,
        @Min(1) @Max(1440) Integer speedToLeadSlaMinutes,
        @Size(max = 20) List<@Valid @NotNull HandoffField> handoffFields) {
}
