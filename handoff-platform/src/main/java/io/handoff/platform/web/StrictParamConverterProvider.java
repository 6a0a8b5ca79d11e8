package io.handoff.platform.web;

import io.handoff.platform.problem.Problems;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Query and path values that do not convert are the client's mistake: JAX-RS would answer 404 (as if the
 * resource did not exist) for {@code ?limit=abc} or {@code ?leadStatus=BOGUS}; this answers a 400 problem naming
 * the parameter and what it accepts. Texts are checked for NUL, which PostgreSQL cannot store or compare.
 */
@Provider
public class StrictParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = ParameterNames.of(annotations);
        if (rawType == String.class) {
            return (ParamConverter<T>) converter(name, value -> NulCharacters.refuse(name, value));
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, value -> number(name, value, Integer.MIN_VALUE,
                    Integer.MAX_VALUE).intValue());
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, value -> number(name, value, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) converter(name, value -> constant((Class<? extends Enum>) rawType, name, value));
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(String name, Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                return value == null ? null : parse.apply(value);
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static Long number(String name, String value, long min, long max) {
        try {
            long number = Long.parseLong(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw Problems.invalid(name, "'" + Abbreviated.of(value) + "' is not an integer from " + min + " to " + max);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Enum<?> constant(Class<? extends Enum> type, String name, String value) {
        for (Enum<?> constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw Problems.invalid(name, "'" + Abbreviated.of(value) + "' is not one of " + allowed);
    }
}
