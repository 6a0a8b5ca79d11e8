package io.handoff.bench.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/** Names the library a class belongs to by its package, the coarse grain a profile is first read at. */
final class Libraries {

    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("io.handoff.", "Handoff");
        PREFIXES.put("org.hibernate.reactive.", "Hibernate Reactive");
        PREFIXES.put("org.hibernate.", "Hibernate ORM");
        PREFIXES.put("io.vertx.pgclient.", "Vert.x PostgreSQL client");
        PREFIXES.put("io.vertx.sqlclient.", "Vert.x SQL client");
        PREFIXES.put("io.vertx.", "Vert.x");
        PREFIXES.put("io.netty.", "Netty");
        PREFIXES.put("org.apache.kafka.", "Kafka client");
        PREFIXES.put("io.smallrye.reactive.messaging.", "SmallRye Reactive Messaging");
        PREFIXES.put("io.smallrye.mutiny.", "Mutiny");
        PREFIXES.put("io.smallrye.jwt.", "SmallRye JWT");
        PREFIXES.put("org.jose4j.", "jose4j (JWT)");
        PREFIXES.put("io.smallrye.", "SmallRye (other)");
        PREFIXES.put("com.fasterxml.jackson.", "Jackson");
        PREFIXES.put("com.networknt.", "JSON Schema validator");
        PREFIXES.put("org.jboss.resteasy.reactive.", "Quarkus REST");
        PREFIXES.put("io.quarkus.arc.", "ArC (CDI)");
        PREFIXES.put("io.quarkus.", "Quarkus (other)");
        PREFIXES.put("org.jboss.logmanager.", "JBoss Logging");
        PREFIXES.put("org.jboss.logging.", "JBoss Logging");
        PREFIXES.put("io.micrometer.", "Micrometer");
        PREFIXES.put("io.opentelemetry.", "OpenTelemetry");
        PREFIXES.put("org.hibernate.validator.", "Hibernate Validator");
        PREFIXES.put("java.util.regex.", "JDK regex");
        PREFIXES.put("java.util.zip.", "JDK zip");
        PREFIXES.put("sun.nio.", "JDK NIO");
        PREFIXES.put("java.", "JDK");
        PREFIXES.put("jdk.", "JDK");
        PREFIXES.put("sun.", "JDK");
    }

    private Libraries() {
    }

    static String of(String className) {
        return PREFIXES.entrySet().stream().filter(e -> className.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseGet(() -> {
                    String[] parts = className.split("\\.");
                    return parts.length >= 2 ? parts[0] + "." + parts[1] : className;
                });
    }
}
