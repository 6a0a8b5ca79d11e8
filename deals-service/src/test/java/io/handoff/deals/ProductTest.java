package io.handoff.deals;

import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Products: admins and managers configure them, every member reads them; names are unique per workspace. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class ProductTest {

    private final TopicProbe probe = new TopicProbe();

    @Test
    void shouldLetAManagerAddAProductAndRefuseADuplicateName() {
        TestWorkspace ws = TestWorkspace.open(probe);
        String id = createProduct(ws.managerToken(), "Coaching Program", "1500.00").statusCode(201)
                .header("Location", containsString("/api/v1/products/")).extract().path("id");
        given().auth().oauth2(ws.userToken()).get("/api/v1/products/" + id).then().statusCode(200)
                .body("name", equalTo("Coaching Program")).body("defaultPrice", equalTo("1500.00"))
                .body("currency", equalTo("EUR"));

        createProduct(ws.adminToken(), "  coaching PROGRAM ", "99").statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409));
        given().auth().oauth2(ws.userToken()).get("/api/v1/products").then().statusCode(200)
                .body("items.name", contains("Coaching Program"));
    }

    @Test
    void shouldRefuseProductChangesToPlainMembers() {
        TestWorkspace ws = TestWorkspace.open(probe);
        createProduct(ws.userToken(), "Mastermind", "5000").statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        String id = createProduct(ws.adminToken(), "Mastermind", "5000").statusCode(201).extract().path("id");

        given().auth().oauth2(ws.userToken()).contentType(ContentType.JSON).body(Map.of("defaultPrice", "1"))
                .patch("/api/v1/products/" + id).then().statusCode(403);
        given().auth().oauth2(ws.userToken()).delete("/api/v1/products/" + id).then().statusCode(403);
        given().auth().oauth2(ws.userToken()).get("/api/v1/products").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void shouldEditAndArchiveAProductAndFreeItsName() {
        TestWorkspace ws = TestWorkspace.open(probe);
        String id = createProduct(ws.managerToken(), "Starter", "100.5").statusCode(201)
                .body("defaultPrice", equalTo("100.50")).extract().path("id");
        createProduct(ws.managerToken(), "Pro", "900").statusCode(201);

        given().auth().oauth2(ws.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "Pro")).patch("/api/v1/products/" + id).then().statusCode(409);
        given().auth().oauth2(ws.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "Starter Plus", "defaultPrice", "199.99")).patch("/api/v1/products/" + id)
                .then().statusCode(200).body("name", equalTo("Starter Plus")).body("defaultPrice", equalTo("199.99"));

        given().auth().oauth2(ws.managerToken()).delete("/api/v1/products/" + id).then().statusCode(204);
        given().auth().oauth2(ws.managerToken()).get("/api/v1/products/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(ws.managerToken()).get("/api/v1/products").then().body("items.id", not(hasItem(id)));
        createProduct(ws.managerToken(), "Starter Plus", "150").statusCode(201);
    }

    @Test
    void shouldRefuseMalformedPricesAndHideOtherWorkspacesProducts() {
        TestWorkspace ws = TestWorkspace.open(probe);
        TestWorkspace other = TestWorkspace.open(probe);
        createProduct(ws.adminToken(), "Negative", "-1").statusCode(400).body("errors.field", hasItem("defaultPrice"));
        createProduct(ws.adminToken(), "Too precise", "10.005").statusCode(400)
                .body("errors.field", hasItem("defaultPrice"));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "X", "defaultPrice", "1", "color", "red")).post("/api/v1/products")
                .then().statusCode(400).body("errors.field", hasItem("color"));
        String id = createProduct(ws.adminToken(), "Free Audit", "0").statusCode(201).extract().path("id");

        given().auth().oauth2(other.adminToken()).get("/api/v1/products/" + id).then().statusCode(404);
        given().auth().oauth2(other.adminToken()).delete("/api/v1/products/" + id).then().statusCode(404);
        given().auth().oauth2(other.adminToken()).get("/api/v1/products").then().body("items.id", not(hasItem(id)));
    }

    @Test
    void shouldPageProductsByNameWithACursor() {
        TestWorkspace ws = TestWorkspace.open(probe);
        for (String name : List.of("delta", "Alpha", "echo", "Charlie", "bravo")) {
            createProduct(ws.managerToken(), name, "10").statusCode(201);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = given().auth().oauth2(ws.userToken()).queryParam("limit", 2)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor)).get("/api/v1/products")
                    .then().statusCode(200).body("items.size()", lessThanOrEqualTo(2)).extract().jsonPath();
            seen.addAll(page.getList("items.name"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(seen).containsExactly("Alpha", "bravo", "Charlie", "delta", "echo");
        assertThat(pages).isEqualTo(3);
        given().auth().oauth2(ws.userToken()).get("/api/v1/products?limit=5").then().statusCode(200)
                .body("items.size()", equalTo(5)).body("nextCursor", nullValue());
        given().auth().oauth2(ws.userToken()).get("/api/v1/products?limit=0").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(ws.userToken()).get("/api/v1/products?cursor=%25%25%25").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
    }

    private static ValidatableResponse createProduct(String token, String name, String price) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", name, "defaultPrice", price)).post("/api/v1/products").then();
    }
}
