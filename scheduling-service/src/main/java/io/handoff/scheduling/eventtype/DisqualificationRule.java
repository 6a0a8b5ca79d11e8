package io.handoff.scheduling.eventtype;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A lead answering {@code question} with any of {@code values} is disqualified and cannot book. */
public record DisqualificationRule(
        @NotBlank @Size(max = 300) String question,
        @NotEmpty @Size(max = 50) List<@NotBlank String> values) {
}
