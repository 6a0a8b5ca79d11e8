package io.handoff.deals;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Builds and sends deal requests; a body is a map so that tests can also send what no client should. */
final class DealRequests {

    private DealRequests() {
    }

    /** A valid deal body without a call: the closer is named explicitly. */
    static Map<String, Object> deal(UUID contactId, UUID closerId, String value, String paymentType) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contactId", contactId.toString());
        body.put("closerId", closerId.toString());
        body.put("value", value);
        body.put("paymentType", paymentType);
        return body;
    }

    static Map<String, Object> with(Map<String, ?> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    static Map<String, Object> without(Map<String, ?> body, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove(field);
        return copy;
    }

    static ValidatableResponse post(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/deals").then();
    }

    static String create(String token, Object body) {
        return post(token, body).statusCode(201).extract().path("id");
    }

    static ValidatableResponse patch(String token, String id, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).patch("/api/v1/deals/" + id)
                .then();
    }
}
