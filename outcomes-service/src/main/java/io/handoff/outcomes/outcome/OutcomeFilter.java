package io.handoff.outcomes.outcome;

import io.handoff.outcomes.call.CallKind;
import io.handoff.platform.problem.Problems;
import io.quarkus.panache.common.Parameters;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The optional filters of the outcome list; query parameters are parsed here so a bad value is a 400. */
public record OutcomeFilter(OutcomeResult result, CallKind callKind) {

    public static OutcomeFilter of(String result, String callKind) {
        return new OutcomeFilter(parse(OutcomeResult.class, "result", result),
                parse(CallKind.class, "callKind", callKind));
    }

    void appendTo(StringBuilder query, Parameters params) {
        if (result != null) {
            query.append(" and result = :result");
            params.and("result", result);
        }
        if (callKind != null) {
            query.append(" and callKind = :callKind");
            params.and("callKind", callKind);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw Problems.invalid(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }
}
