package io.handoff.events;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a record with every component filled, using the first value the schema allows for enumerated
 * strings (by record and component, or by component), so each schema is checked against every field its record can carry.
 */
final class SampleData {

    private static final Map<String, String> ENUMERATED = Map.ofEntries(
            Map.entry("kind", "STRATEGY"), Map.entry("callKind", "STRATEGY"), Map.entry("status", "QUALIFIED"),
            Map.entry("leadStatus", "QUALIFIED"), Map.entry("plan", "BUSINESS"), Map.entry("role", "USER"),
            Map.entry("ownerRole", "SETTER"), Map.entry("bookedVia", "APPROVAL"), Map.entry("cancelledBy", "ADMIN"),
            Map.entry("reason", "UNQUALIFIED"), Map.entry("result", "NO_SALE"), Map.entry("objection", "MONEY"),
            Map.entry("paymentType", "WON"), Map.entry("currency", "USD"), Map.entry("channel", "EMAIL"),
            Map.entry("category", "ACTIVE"), Map.entry("timeZone", "Europe/Berlin"),
            Map.entry("email", "someone@example.com"), Map.entry("Actor.kind", "USER"),
            Map.entry("NotificationSent.kind", "REMINDER_24H"), Map.entry("BookingRejected.reason", "SLOT_TAKEN"),
            Map.entry("assignment", "ROUND_ROBIN"));

    private SampleData() {
    }

    static Object of(Class<?> recordClass) {
        try {
            RecordComponent[] components = recordClass.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = value(recordClass, components[i].getName(), components[i].getGenericType());
            }
            return recordClass.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(Class<?> owner, String name, Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            String specific = ENUMERATED.get(owner.getSimpleName() + "." + name);
            return specific != null ? specific : ENUMERATED.getOrDefault(name, "sample " + name);
        }
        if (raw == UUID.class) {
            return UUID.randomUUID();
        }
        if (raw == Instant.class) {
            return Instant.parse("2026-11-23T09:00:00Z");
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2026, 11, 23);
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("100.50");
        }
        if (raw == int.class || raw == Integer.class) {
            return 5;
        }
        if (raw == boolean.class) {
            return true;
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            return List.of(element instanceof Class<?> c && c.isRecord() ? of(c) : value(owner, name, element));
        }
        if (raw == Map.class) {
            return Map.of("pain", "sample pain");
        }
        if (raw.isRecord()) {
            return of(raw);
        }
        throw new IllegalArgumentException("no sample for " + type);
    }
}
