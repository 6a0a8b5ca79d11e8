package io.handoff.deals;

import io.handoff.events.Topics;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TestClock;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Zapier, Make and custom posts: Handoff's payment JSON signed with {@code X-Handoff-Signature} over
 * {@code timestamp + "." + rawBody} and {@code X-Handoff-Timestamp} within 300 s; read as strictly as any request.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class GenericInboundTest {

    private final TopicProbe probe = new TopicProbe();

    @Inject
    TestClock clock;

    @Test
    void shouldStoreASignedPostOnceForEachAutomation() {
        TestWorkspace ws = TestWorkspace.open(probe);
        for (String provider : new String[]{"zapier", "make", "custom"}) {
            JsonPath source = Inbound.createSource(ws, provider);
            String body = Inbound.genericPayment(provider + "-" + UUID.randomUUID(), "249.90", "eur", "x@example.com");
            String id = Inbound.postGeneric(source, body).statusCode(201).body("provider", equalTo(provider))
                    .body("amount", equalTo("249.90")).body("currency", equalTo("EUR"))
                    .body("occurredAt", equalTo("2026-11-20T10:15:30Z")).extract().path("id");
            Inbound.postGeneric(source, body).statusCode(200).body("id", equalTo(id));
            probe.awaitOne(Topics.DEALS, e -> e.type().equals("transaction.received.v1") && e.subject().equals(id));
        }
        assertThat(Inbound.transactions(ws, "").getList("items")).hasSize(3);
    }

    @Test
    void shouldAcceptTheFixedVectorComputedWithOpenssl() {
        String signature = "sha256=" + SignatureVectors.GENERIC_HEX;
        assertThat(Signing.handoffSignature(SignatureVectors.GENERIC_SECRET, SignatureVectors.TIMESTAMP,
                SignatureVectors.GENERIC_BODY)).isEqualTo(signature);
        TestWorkspace ws = TestWorkspace.open(probe);
        String url = Inbound.createSource(ws, "zapier", SignatureVectors.GENERIC_SECRET).getString("inboundUrl");
        try {
            clock.set(Instant.ofEpochSecond(SignatureVectors.TIMESTAMP - 299));
            Inbound.postGeneric(url, signature, SignatureVectors.TIMESTAMP, SignatureVectors.GENERIC_BODY)
                    .statusCode(201).body("amount", equalTo("249.90")).body("externalId", equalTo("zap_vector_1"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void shouldRefuseStaleTamperedAndUnsignedPostsAndStoreNothing() {
        TestWorkspace ws = TestWorkspace.open(probe);
        JsonPath source = Inbound.createSource(ws, "zapier");
        String secret = source.getString("secret");
        String url = source.getString("inboundUrl");
        String body = Inbound.genericPayment("zap-1", "100.00", "EUR", "x@example.com");
        long now = Signing.now();

        // The server's clock held at `now`: one second past the window either way, however slow the machine.
        try {
            clock.set(Instant.ofEpochSecond(now));
            Inbound.postGeneric(url, Signing.handoffSignature(secret, now - 301, body), now - 301, body)
                    .statusCode(401).contentType("application/problem+json");
            Inbound.postGeneric(url, Signing.handoffSignature(secret, now + 301, body), now + 301, body)
                    .statusCode(401);
        } finally {
            clock.reset();
        }
        Inbound.postGeneric(url, Signing.handoffSignature(secret, now, body), now,
                body.replace("100.00", "1000.00")).statusCode(401);
        Inbound.postGeneric(url, Signing.handoffSignature(secret, now, body), now - 1, body).statusCode(401);
        Inbound.postGeneric(url, Signing.handoffSignature(secret, now, body).substring("sha256=".length()), now, body)
                .statusCode(401);
        Inbound.postGeneric(url, "sha256=" + Signing.hmacSha256Hex(secret, body), now, body).statusCode(401);
        Inbound.post(url, Map.of("X-Handoff-Signature", Signing.handoffSignature(secret, now, body)), body)
                .statusCode(401);
        Inbound.post(url, Map.of("Stripe-Signature", Signing.stripeHeader(secret, now, body)), body).statusCode(401);

        assertThat(Inbound.transactions(ws, "").getList("items")).isEmpty();
    }

    @Test
    void shouldReadTheBodyStrictlyAndExactly() {
        TestWorkspace ws = TestWorkspace.open(probe);
        JsonPath source = Inbound.createSource(ws, "make");
        List<Map.Entry<String, String>> broken = List.of(
                Map.entry("amount", Inbound.genericPayment("m-1", "10.999", "EUR", "x@example.com")),
                Map.entry("amount", Inbound.genericPayment("m-2", "10.5", "JPY", "x@example.com")),
                Map.entry("amount", Inbound.genericPayment("m-3", "-5.00", "EUR", "x@example.com")),
                Map.entry("amount", Inbound.genericPayment("m-4", "0.00", "EUR", "x@example.com")),
                Map.entry("currency", Inbound.genericPayment("m-5", "10.00", "ABC", "x@example.com")),
                Map.entry("tip", "{\"id\":\"m-6\",\"amount\":\"1.00\",\"currency\":\"EUR\",\"tip\":\"1.00\"}"),
                Map.entry("id", "{\"amount\":\"1.00\",\"currency\":\"EUR\"}"),
                Map.entry("occurredAt",
                        "{\"id\":\"m-7\",\"amount\":\"1.00\",\"currency\":\"EUR\",\"occurredAt\":\"yesterday\"}"));
        broken.forEach(wrong -> Inbound.postGeneric(source, wrong.getValue()).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(wrong.getKey())));
        Inbound.postGeneric(source, "not json").statusCode(400).contentType("application/problem+json");
        assertThat(Inbound.transactions(ws, "").getList("items")).isEmpty();

        Inbound.postGeneric(source, "{\"id\":\"m-8\",\"amount\":19.90,\"currency\":\"USD\"}").statusCode(201)
                .body("amount", equalTo("19.90"));
        Inbound.postGeneric(source, "{\"id\":\"m-9\",\"amount\":\"1500\",\"currency\":\"jpy\"}").statusCode(201)
                .body("amount", equalTo("1500")).body("currency", equalTo("JPY"));
    }
}
