package io.handoff.deals.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * JSON Merge Patch (RFC 7386) over a flat record of editable fields (absent keeps, null clears, a value
 * replaces), validated like a request body so that every mistake is a 400 naming its field.
 */
@ApplicationScoped
public class MergePatch {

    @Inject
    ObjectMapper json;
    @Inject
    Validator validator;

    public <T> UnaryOperator<T> of(ObjectNode patch, Class<T> type) {
        return current -> {
            ObjectNode merged = json.valueToTree(current);
            merged.setAll(patch);
            T wanted = read(merged, type);
            Set<ConstraintViolation<T>> violations = validator.validate(wanted);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            return wanted;
        };
    }

    private <T> T read(ObjectNode merged, Class<T> type) {
        try {
            return json.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            // The problem mappers turn a WebApplicationException caused by unreadable JSON into a 400 naming the field.
            throw new WebApplicationException(e, Response.Status.BAD_REQUEST);
        }
    }
}
