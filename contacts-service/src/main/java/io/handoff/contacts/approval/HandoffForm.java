package io.handoff.contacts.approval;

import io.handoff.contacts.workspace.HandoffField;
import io.handoff.platform.problem.FieldError;
import io.handoff.platform.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.nodes.Entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Checks setters' handoff notes against the workspace's form and renders them as a note under its labels. */
@ApplicationScoped
public class HandoffForm {

    /** A setter's handoff notes checked against the form: the values by key, and the note they become. */
    public record Filled(Map<String, String> values, String note) {
    }

    /** Checks the notes (see {@link #validate}) and renders them under the form's labels. */
    public Filled fill(List<HandoffField> fields, Map<String, String> submitted) {
        Map<String, String> values = validate(fields, submitted);
        return new Filled(values, asNote(fields, values));
    }

    /** The notes in the form's order, trimmed; 400 for missing required or unknown fields. */
    public Map<String, String> validate(List<HandoffField> fields, Map<String, String> submitted) {
        Map<String, String> notes = Objects.requireNonNullElse(submitted, Map.of());
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> ordered = new LinkedHashMap<>();
        for (HandoffField f : fields) {
            String value = notes.get(f.key());
            if (value == null || value.isBlank()) {
                if (f.required()) {
                    errors.add(new FieldError("handoffNotes." + f.key(), f.label() + " is required in the handoff form"));
                }
            } else {
                ordered.put(f.key(), value.strip());
            }
        }
        notes.keySet().stream().filter(k -> fields.stream().noneMatch(f -> f.key().equals(k)))
                .forEach(k -> errors.add(new FieldError("handoffNotes." + k, "is not a field of the handoff form")));
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return ordered;
    }

    /**
     * The notes as a note body, each under its label on the workspace's form ("Decision makers", not the key
     * decisionMakers); escaped, as they are plain text.
     */
    public String asNote(List<HandoffField> fields, Map<String, String> notes) {
        StringBuilder html = new StringBuilder("<p><b>Handoff notes</b></p><ul>");
        notes.forEach((k, v) -> html.append("<li><b>").append(Entities.escape(label(fields, k))).append("</b>: ")
                .append(Entities.escape(v)).append("</li>"));
        return html.append("</ul>").toString();
    }

    private static String label(List<HandoffField> fields, String key) {
        return fields.stream().filter(f -> f.key().equals(key)).map(HandoffField::label).findFirst().orElse(key);
    }
}
