package io.handoff.deals;

import io.handoff.events.CloudEvent;
import io.handoff.events.Topics;
import io.handoff.events.deals.TransactionReceived;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TestClock;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Stripe webhooks: {@code Stripe-Signature} over the raw body within 300 s, one transaction per event however
 * often it is delivered, exact minor-unit conversion, and nothing stored for anything not properly signed.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class StripeInboundTest {

    private final TopicProbe probe = new TopicProbe();

    @Inject
    TestClock clock;

    @Test
    void shouldStoreASignedChargeOnceAndAnnounceItOnce() {
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID contactId = ws.addContact("dana.buyer@example.com");
        JsonPath source = Inbound.createSource(ws, "stripe");
        String eventId = "evt_" + UUID.randomUUID();
        String body = Inbound.stripeCharge(eventId, 249990, "eur", "Dana.Buyer@Example.COM");

        String id = Inbound.postStripe(source, body).statusCode(201).contentType("application/json")
                .body("amount", equalTo("2499.90")).body("currency", equalTo("EUR"))
                .body("provider", equalTo("stripe")).body("externalId", equalTo(eventId))
                .body("contactId", equalTo(contactId.toString())).body("dealId", nullValue())
                .body("sourceId", equalTo(source.getString("id"))).extract().path("id");
        Inbound.postStripe(source, body).statusCode(200).body("id", equalTo(id));
        Inbound.postStripe(source, body).statusCode(200).body("id", equalTo(id)).body("amount", equalTo("2499.90"));

        assertThat(Inbound.transactions(ws, "").getList("items.id")).containsExactly(id);
        CloudEvent received = probe.awaitOne(Topics.DEALS, e -> e.type().equals("transaction.received.v1")
                && e.subject().equals(id));
        assertThat(received.workspaceId()).isEqualTo(ws.id());
        assertThat(received.data().get("amount").isTextual()).isTrue();
        assertThat(received.data().get("amount").asText()).isEqualTo("2499.90");
        TransactionReceived data = received.dataAs(TransactionReceived.class);
        assertThat(data.amount()).isEqualTo(new BigDecimal("2499.90"));
        assertThat(data.contactId()).isEqualTo(contactId);
        assertThat(data.externalId()).isEqualTo(eventId);

        // Events leave in commit order: once a later payment's event is out, a second one for the first would be too.
        String later = Inbound.postStripe(source, Inbound.stripeCharge("evt_" + UUID.randomUUID(), 100, "eur", null))
                .statusCode(201).extract().path("id");
        probe.awaitOne(Topics.DEALS, e -> e.subject().equals(later));
        assertThat(probe.events(Topics.DEALS).stream().filter(e -> e.subject().equals(id))).hasSize(1);
    }

    @Test
    void shouldAcceptTheFixedVectorComputedWithOpenssl() {
        String header = "t=" + SignatureVectors.TIMESTAMP + ",v1=" + SignatureVectors.STRIPE_HEX;
        assertThat(Signing.stripeHeader(SignatureVectors.STRIPE_SECRET, SignatureVectors.TIMESTAMP,
                SignatureVectors.STRIPE_BODY)).isEqualTo(header);
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID contactId = ws.addContact("vector.buyer@example.com");
        String url = Inbound.createSource(ws, "stripe", SignatureVectors.STRIPE_SECRET).getString("inboundUrl");
        try {
            clock.set(Instant.ofEpochSecond(SignatureVectors.TIMESTAMP + 301));
            Inbound.postStripe(url, header, SignatureVectors.STRIPE_BODY).statusCode(401);
            clock.set(Instant.ofEpochSecond(SignatureVectors.TIMESTAMP + 299));
            Inbound.postStripe(url, header, SignatureVectors.STRIPE_BODY).statusCode(201)
                    .body("amount", equalTo("123456")).body("currency", equalTo("JPY"))
                    .body("externalId", equalTo("evt_vector_1")).body("email", equalTo("Vector.Buyer@Example.com"))
                    .body("contactId", equalTo(contactId.toString()))
                    .body("occurredAt", equalTo("2025-12-31T23:59:50Z"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void shouldRefuseStaleTamperedAndUnsignedNotificationsAndStoreNothing() {
        TestWorkspace ws = TestWorkspace.open(probe);
        JsonPath source = Inbound.createSource(ws, "stripe");
        String secret = source.getString("secret");
        String url = source.getString("inboundUrl");
        String body = Inbound.stripeCharge("evt_" + UUID.randomUUID(), 10000, "eur", null);
        String tampered = body.replace("\"amount\":10000", "\"amount\":1");
        long now = Signing.now();

        List<String> refused = List.of(
                Signing.stripeHeader(secret, now - 301, body),
                Signing.stripeHeader(secret, now - 3600, body),
                Signing.stripeHeader(secret, now + 600, body),
                Signing.stripeHeader("whsec_someone_else_entirely", now, body),
                "t=" + now,
                "v1=" + Signing.hmacSha256Hex(secret, now + "." + body),
                "t=" + now + ",v0=" + Signing.hmacSha256Hex(secret, now + "." + body),
                "t=yesterday,v1=" + Signing.hmacSha256Hex(secret, "yesterday." + body),
                "garbage");
        refused.forEach(header -> Inbound.postStripe(url, header, body).statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401)));
        Inbound.postStripe(url, Signing.stripeHeader(secret, now, body), tampered).statusCode(401);
        Inbound.post(url, java.util.Map.of(), body).statusCode(401);

        assertThat(Inbound.transactions(ws, "").getList("items")).isEmpty();
    }

    @Test
    void shouldAnswer404ForUnknownSourcesAndStoreNothing() {
        TestWorkspace ws = TestWorkspace.open(probe);
        JsonPath source = Inbound.createSource(ws, "stripe");
        String body = Inbound.stripeCharge("evt_" + UUID.randomUUID(), 10000, "eur", null);
        String header = Signing.stripeHeader(source.getString("secret"), Signing.now(), body);

        for (String url : List.of("/api/v1/transactions/inbound/stripe?source=" + UUID.randomUUID(),
                "/api/v1/transactions/inbound/stripe?source=not-an-id",
                "/api/v1/transactions/inbound/stripe",
                "/api/v1/transactions/inbound/zapier?source=" + source.getString("id"),
                "/api/v1/transactions/inbound/paypal?source=" + source.getString("id"))) {
            Inbound.postStripe(url, header, body).statusCode(404).contentType("application/problem+json");
        }
        assertThat(Inbound.transactions(ws, "").getList("items")).isEmpty();
    }

    @Test
    void shouldAcceptAnyOfSeveralSignaturesWhileSecretsRoll() {
        TestWorkspace ws = TestWorkspace.open(probe);
        JsonPath source = Inbound.createSource(ws, "stripe");
        String body = Inbound.stripeCharge("evt_" + UUID.randomUUID(), 999, "usd", null);
        long now = Signing.now();
        String header = "t=" + now + ",v1=" + Signing.hmacSha256Hex("whsec_the_old_one_rolled_out", now + "." + body)
                + ",v1=" + Signing.hmacSha256Hex(source.getString("secret"), now + "." + body) + ",v0=abc";

        Inbound.postStripe(source.getString("inboundUrl"), header, body).statusCode(201)
                .body("amount", equalTo("9.99")).body("currency", equalTo("USD"));
    }

    @Test
    void shouldStoreAPaymentOnceWhenStripeReportsItAsChargeAndPaymentIntent() {
        TestWorkspace ws = TestWorkspace.open(probe);
        JsonPath source = Inbound.createSource(ws, "stripe");
        String intent = """
                {"id":"evt_pi_%1$s","object":"event","type":"payment_intent.succeeded","created":1767225600,\
                "data":{"object":{"id":"pi_%1$s","object":"payment_intent","amount":5000,"currency":"kwd",\
                "receipt_email":"kw@example.com","created":1767225600}}}""".formatted(ws.id());
        String charge = """
                {"id":"evt_ch_%1$s","object":"event","type":"charge.succeeded","created":1767225601,\
                "data":{"object":{"id":"ch_%1$s","object":"charge","amount":5000,"currency":"kwd",\
                "payment_intent":"pi_%1$s","billing_details":{"email":"kw@example.com"},"created":1767225600}}}"""
                .formatted(ws.id());

        String id = Inbound.postStripe(source, intent).statusCode(201).body("amount", equalTo("5.000"))
                .body("currency", equalTo("KWD")).extract().path("id");
        Inbound.postStripe(source, charge).statusCode(200).body("id", equalTo(id));
        assertThat(Inbound.transactions(ws, "").getList("items")).hasSize(1);
    }

    @Test
    void shouldAcknowledgeEventsThatReportNoPaymentAndRefuseMalformedOnes() {
        TestWorkspace ws = TestWorkspace.open(probe);
        JsonPath source = Inbound.createSource(ws, "stripe");
        String refund = Inbound.stripeCharge("evt_" + UUID.randomUUID(), 1000, "eur", null)
                .replace("charge.succeeded", "charge.refunded");
        String customer = "{\"id\":\"evt_c\",\"object\":\"event\",\"type\":\"customer.created\","
                + "\"data\":{\"object\":{\"id\":\"cus_1\",\"object\":\"customer\"}}}";
        Inbound.postStripe(source, refund).statusCode(204);
        Inbound.postStripe(source, customer).statusCode(204);

        String charge = Inbound.stripeCharge("evt_" + UUID.randomUUID(), 1000, "eur", null);
        Inbound.postStripe(source, charge.replace("\"amount\":1000", "\"amount\":10.5")).statusCode(400)
                .body("errors.field", hasItem("data.object.amount"));
        Inbound.postStripe(source, charge.replace("\"amount\":1000", "\"amount\":-1000")).statusCode(400);
        Inbound.postStripe(source, charge.replace("\"amount\":1000", "\"amount\":\"1000\"")).statusCode(400);
        Inbound.postStripe(source, charge.replace("\"currency\":\"eur\"", "\"currency\":\"zzz\"")).statusCode(400)
                .body("errors.field", hasItem("data.object.currency"));
        Inbound.postStripe(source, "{\"id\":").statusCode(400).contentType("application/problem+json");
        Inbound.postStripe(source, "[1,2]").statusCode(400);

        assertThat(Inbound.transactions(ws, "").getList("items")).isEmpty();
    }
}
