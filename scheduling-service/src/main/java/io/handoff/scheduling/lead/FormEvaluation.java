package io.handoff.scheduling.lead;

import io.handoff.events.Answer;
import io.handoff.platform.problem.FieldError;
import io.handoff.scheduling.eventtype.DisqualificationRule;
import io.handoff.scheduling.eventtype.EventType;
import io.handoff.scheduling.eventtype.Question;
import io.handoff.scheduling.eventtype.QuestionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a submission against its event type's form: answers in the form's order, what is missing or
 * malformed, and the first disqualification rule the answers trip.
 */
public final class FormEvaluation {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final int MAX_ANSWER = 2000;

    private final List<Answer> answers = new ArrayList<>();
    private final List<FieldError> errors = new ArrayList<>();
    private final List<Question> questions;
    private final Map<String, Object> raw;

    public FormEvaluation(EventType eventType, Map<String, Object> submitted, boolean complete) {
        this.questions = eventType.questions.items();
        this.raw = Objects.requireNonNullElse(submitted, Map.of());
        raw.keySet().stream().filter(label -> questions.stream().noneMatch(q -> q.label().equals(label)))
                .forEach(label -> errors.add(new FieldError("answers." + label, "is not a question of this form")));
        for (Question q : questions) {
            read(q, complete);
        }
    }

    public List<Answer> answers() {
        return answers;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The reason "question: answer" of the first rule the answers trip, if any. */
    public Optional<String> disqualification(List<DisqualificationRule> rules) {
        for (DisqualificationRule rule : rules) {
            for (Answer a : answers) {
                if (a.question().equals(rule.question())
                        && List.of(a.answer().split(", ")).stream().anyMatch(rule.values()::contains)) {
                    return Optional.of(a.question() + ": " + a.answer());
                }
            }
        }
        return Optional.empty();
    }

    private void read(Question q, boolean complete) {
        Object value = raw.get(q.label());
        String field = "answers." + q.label();
        List<String> values = values(value);
        if (values == null) {
            errors.add(new FieldError(field, "must be a text" + (q.type() == QuestionType.MULTI ? " or a list of texts" : "")));
            return;
        }
        if (values.isEmpty()) {
            if (complete && q.required()) {
                errors.add(new FieldError(field, "is required"));
            }
            return;
        }
        if (values.size() > 1 && q.type() != QuestionType.MULTI) {
            errors.add(new FieldError(field, "takes one answer"));
            return;
        }
        for (String v : values) {
            String problem = problem(q, v);
            if (problem != null) {
                errors.add(new FieldError(field, problem));
                return;
            }
        }
        answers.add(new Answer(q.label(), String.join(", ", values)));
    }

    private static String problem(Question q, String v) {
        if (v.length() > MAX_ANSWER) {
            return "is longer than " + MAX_ANSWER + " characters";
        }
        return switch (q.type()) {
            case SINGLE, MULTI -> q.options().contains(v) ? null : "must be one of " + q.options();
            case EMAIL -> EMAIL.matcher(v).matches() ? null : "must be an email address";
            case PHONE -> PHONE.matcher(v).matches() ? null : "must be an E.164 number such as +14155550123";
            case TEXT -> null;
        };
    }

    /** Null when the value has a shape no question takes; empty when unanswered. */
    private static List<String> values(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof String s) {
            return s.isBlank() ? List.of() : List.of(s.strip());
        }
        if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String)) {
            return list.stream().map(v -> ((String) v).strip()).filter(v -> !v.isEmpty()).toList();
        }
        return null;
    }
}
