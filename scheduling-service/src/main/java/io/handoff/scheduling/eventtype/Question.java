package io.handoff.scheduling.eventtype;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A booking-form question; options apply to SINGLE and MULTI. */
public record Question(
        @NotBlank @Size(max = 300) String label,
        @NotNull QuestionType type,
        boolean required,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> options) {

    public boolean hasOptions() {
        return type == QuestionType.SINGLE || type == QuestionType.MULTI;
    }
}
