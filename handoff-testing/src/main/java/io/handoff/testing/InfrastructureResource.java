package io.handoff.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points the service under test at the real PostgreSQL and Kafka of {@link TestInfrastructure} and makes
 * it trust tokens from {@link Tokens}. Use with {@code @QuarkusTestResource(InfrastructureResource.class)}.
 */
public class InfrastructureResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestInfrastructure infra = TestInfrastructure.get();
        return Map.of(
                "quarkus.datasource.jdbc.url", infra.jdbcUrl(),
                "quarkus.datasource.reactive.url", infra.reactiveUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "kafka.bootstrap.servers", infra.kafkaBootstrap(),
                "mp.jwt.verify.publickey", TestKeys.publicKeyBase64());
    }

    @Override
    public void stop() {
        // The infrastructure lives as long as the JVM, so that test classes share it.
    }
}
