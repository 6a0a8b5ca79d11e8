package io.handoff.deals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Transaction sources and the notifications processors post to them, sent without any token. */
final class Inbound {

    private Inbound() {
    }

    /** A source made by the workspace's admin: id, provider, secret (shown only now) and inboundUrl. */
    static JsonPath createSource(TestWorkspace ws, String provider) {
        return createSource(ws, provider, null);
    }

    static JsonPath createSource(TestWorkspace ws, String provider, String secret) {
        Map<String, Object> body = new HashMap<>();
        body.put("provider", provider);
        body.put("name", provider + " account");
        if (secret != null) {
            body.put("secret", secret);
        }
        return given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/transaction-sources").then().statusCode(201).extract().jsonPath();
    }

    /** Posts the body's exact bytes, as a processor does, with the given signature headers. */
    static ValidatableResponse post(String url, Map<String, String> headers, String body) {
        return given().headers(headers).contentType("application/json; charset=utf-8")
                .body(body.getBytes(StandardCharsets.UTF_8)).post(url).then();
    }

    static ValidatableResponse postStripe(String url, String signatureHeader, String body) {
        return post(url, Map.of("Stripe-Signature", signatureHeader), body);
    }

    /** A Stripe event posted to the source, signed now with its secret. */
    static ValidatableResponse postStripe(JsonPath source, String body) {
        return postStripe(source.getString("inboundUrl"),
                Signing.stripeHeader(source.getString("secret"), Signing.now(), body), body);
    }

    static ValidatableResponse postGeneric(String url, String signature, long timestamp, String body) {
        return post(url, Map.of("X-Handoff-Signature", signature, "X-Handoff-Timestamp", Long.toString(timestamp)),
                body);
    }

    /** A generic payment posted to the source, signed now with its secret. */
    static ValidatableResponse postGeneric(JsonPath source, String body) {
        long now = Signing.now();
        return postGeneric(source.getString("inboundUrl"),
                Signing.handoffSignature(source.getString("secret"), now, body), now, body);
    }

    /** A Stripe charge.succeeded event; amount in minor units, currency in lower case as Stripe writes it. */
    static String stripeCharge(String eventId, long amount, String currency, String email) {
        return """
                {"id":"%s","object":"event","type":"charge.succeeded","created":%d,"livemode":false,\
                "data":{"object":{"id":"ch_%s","object":"charge","amount":%d,"currency":"%s",\
                "receipt_email":%s,"billing_details":{"email":null},"created":%d}}}"""
                .formatted(eventId, Signing.now(), eventId, amount, currency,
                        email == null ? "null" : "\"" + email + "\"", Signing.now());
    }

    /** Handoff's generic payment JSON. */
    static String genericPayment(String id, String amount, String currency, String email) {
        return """
                {"id":"%s","amount":"%s","currency":"%s","email":"%s","occurredAt":"2026-11-20T10:15:30Z"}"""
                .formatted(id, amount, currency, email);
    }

    /** The workspace's transactions as its admin lists them. */
    static JsonPath transactions(TestWorkspace ws, String query) {
        return given().auth().oauth2(ws.adminToken()).get("/api/v1/transactions" + (query.isEmpty() ? "" : "?" + query))
                .then().statusCode(200).extract().jsonPath();
    }
}
