package io.handoff.platform.web;

import io.handoff.platform.problem.Problems;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

/**
 * Malformed ids in paths and query strings are the client's mistake (400), not a missing resource,
 * which is what JAX-RS would answer for a failed conversion.
 */
@Provider
public class UuidParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<UUID>() {
            @Override
            public UUID fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return UUID.fromString(value);
                } catch (IllegalArgumentException e) {
                    throw Problems.invalid("id", "'" + abbreviate(value) + "' is not a valid id (UUID expected)");
                }
            }

            @Override
            public String toString(UUID value) {
                return value.toString();
            }
        };
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
