package io.handoff.scheduling.eventtype;

import io.handoff.platform.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks that a booking form hangs together: distinct question labels, options exactly where choices are
 * asked, hosts listed once, and disqualification rules that name a choice question and its options.
 */
@ApplicationScoped
public class EventTypeRules {

    public List<FieldError> formProblems(NewEventType request) {
        List<FieldError> errors = new ArrayList<>();
        List<Question> questions = Objects.requireNonNullElse(request.questions(), List.of());
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (!labels.add(q.label().strip().toLowerCase())) {
                errors.add(new FieldError("questions[" + i + "].label", "is asked twice"));
            }
            boolean hasOptions = q.options() != null && !q.options().isEmpty();
            if (q.hasOptions() && !hasOptions) {
                errors.add(new FieldError("questions[" + i + "].options", "are required for " + q.type()));
            }
            if (!q.hasOptions() && hasOptions) {
                errors.add(new FieldError("questions[" + i + "].options", "apply only to SINGLE and MULTI"));
            }
        }
        if (request.hosts().stream().map(HostWeight::userId).distinct().count() < request.hosts().size()) {
            errors.add(new FieldError("hosts", "lists a host twice"));
        }
        Map<String, Question> byLabel = questions.stream()
                .collect(Collectors.toMap(q -> q.label().strip(), Function.identity(), (a, b) -> a));
        List<DisqualificationRule> rules = Objects.requireNonNullElse(request.disqualificationRules(), List.of());
        for (int i = 0; i < rules.size(); i++) {
            Question q = byLabel.get(rules.get(i).question().strip());
            if (q == null || !q.hasOptions()) {
                errors.add(new FieldError("disqualificationRules[" + i + "].question",
                        "must name a SINGLE or MULTI question of this form"));
            } else if (!q.options().containsAll(rules.get(i).values())) {
                errors.add(new FieldError("disqualificationRules[" + i + "].values", "must be options of the question"));
            }
        }
        return errors;
    }
}
