package io.handoff.outcomes;

import io.restassured.response.ValidatableResponse;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;

/** The analytics endpoints as a client calls them. */
final class AnalyticsApi {

    private AnalyticsApi() {
    }

    static ValidatableResponse summary(String token, LocalDate from, LocalDate to, String groupBy) {
        var request = given().auth().oauth2(token).queryParam("from", from.toString()).queryParam("to", to.toString());
        if (groupBy != null) {
            request.queryParam("groupBy", groupBy);
        }
        return request.get("/api/v1/analytics/summary").then();
    }

    static ValidatableResponse funnel(String token, LocalDate from, LocalDate to) {
        return given().auth().oauth2(token).queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/analytics/funnel").then();
    }

    static ValidatableResponse setters(String token, LocalDate from, LocalDate to) {
        return given().auth().oauth2(token).queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/analytics/setters").then();
    }
}
