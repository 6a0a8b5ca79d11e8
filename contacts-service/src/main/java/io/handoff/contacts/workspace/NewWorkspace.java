package io.handoff.contacts.workspace;

import io.handoff.contacts.user.NewUser;
import io.handoff.platform.validation.CurrencyCode;
import io.handoff.platform.validation.TimeZoneId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the platform operator sends to open a workspace, with its first admin. */
public record NewWorkspace(
        @NotBlank @Size(max = 120) String name,
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,61}[a-z0-9]", message = "must be 3-63 lowercase letters, digits or dashes") String slug,
        @CurrencyCode String currency,
        @TimeZoneId String timeZone,
        Plan plan,
        @Min(1) @Max(1440) Integer speedToLeadSlaMinutes,
        @NotNull @Valid NewUser admin) {
}
