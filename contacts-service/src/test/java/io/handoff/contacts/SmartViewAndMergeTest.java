package io.handoff.contacts;

import io.handoff.events.Topics;
import io.handoff.events.contacts.ContactMerged;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Smart views run the same query as the list; merging folds a duplicate into its primary, which search still finds. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class SmartViewAndMergeTest {

    @Test
    void shouldRunASavedViewExactlyAsTheListQueryAndKeepPrivateViewsPrivate() {
        TestWorkspace ws = TestWorkspace.open();
        UUID sam = UUID.fromString(ws.addUser("Sam Setter", "USER").statusCode(201).extract().path("id"));
        for (int i = 0; i < 4; i++) {
            ContactListTest.create(ws, Map.of("email", "v" + i + "@example.com", "tags", i % 2 == 0 ? List.of("vip") : List.of()));
        }
        String query = "tag=vip&sort=-createdAt";
        String shared = createView(ws, ws.adminToken(), "VIPs", true, query).statusCode(201).extract().path("id");
        String mine = createView(ws, ws.adminToken(), "Mine", false, "q=v1").statusCode(201).extract().path("id");
        createView(ws, ws.adminToken(), "Broken", false, "color=blue").statusCode(400);

        List<String> listed = given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts?" + query).then().extract().path("items.id");
        List<String> viewed = given().auth().oauth2(ws.adminToken()).get("/api/v1/smart-views/" + shared + "/contacts").then()
                .statusCode(200).extract().path("items.id");
        assertThat(viewed).hasSize(2).containsExactlyElementsOf(listed);

        String samToken = ws.tokenFor(sam, "USER");
        given().auth().oauth2(samToken).get("/api/v1/smart-views").then().body("items.id", contains(shared));
        given().auth().oauth2(samToken).get("/api/v1/smart-views/" + mine + "/contacts").then().statusCode(404);
        given().auth().oauth2(samToken).contentType(ContentType.JSON).body(Map.of("name", "Hijack", "shared", true, "query", ""))
                .put("/api/v1/smart-views/" + shared).then().statusCode(403);
        given().auth().oauth2(ws.adminToken()).delete("/api/v1/smart-views/" + mine).then().statusCode(204);
    }

    @Test
    void shouldPreviewThenMergeADuplicateIntoItsPrimary() {
        TestWorkspace ws = TestWorkspace.open();
        String primary = ContactListTest.create(ws, Map.of("email", "pat@example.com", "name", "Pat", "tags", List.of("vip")));
        String duplicate = ContactListTest.create(ws, Map.of("email", "pat.work@example.com", "phone", "+14155550100",
                "tags", List.of("webinar", "vip")));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("body", "<b>met at webinar</b>"))
                .post("/api/v1/contacts/" + duplicate + "/notes").then().statusCode(201);
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("userId", ws.adminId().toString()))
                .put("/api/v1/contacts/" + duplicate + "/setter-owner").then().statusCode(200);

        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + primary + "/merge-preview?duplicateId=" + duplicate)
                .then().statusCode(200).body("notes", equalTo(1)).body("tagsAdded", contains("webinar"))
                .body("setterOwnerTaken", equalTo(ws.adminId().toString())).body("secondaryEmailTaken", equalTo("pat.work@example.com"));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("duplicateId", primary))
                .post("/api/v1/contacts/" + primary + "/merge").then().statusCode(400);

        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("duplicateId", duplicate))
                .post("/api/v1/contacts/" + primary + "/merge").then().statusCode(200)
                .body("tags", containsInAnyOrder("vip", "webinar")).body("setterOwnerId", equalTo(ws.adminId().toString()))
                .body("phone", equalTo("+14155550100")).body("secondaryEmail", equalTo("pat.work@example.com"));

        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + duplicate).then().statusCode(404);
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + primary + "/notes").then()
                .body("items[0].body", equalTo("<b>met at webinar</b>"));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + primary + "/journey").then()
                .body("items.kind", hasItem("MERGED")).body("items.kind", hasItem("NOTE_ADDED"));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts").then().body("items.id", not(hasItem(duplicate)));
        try (TopicProbe probe = new TopicProbe()) {
            var merged = probe.awaitOne(Topics.CONTACTS, e -> e.type().equals("contact.merged.v1") && e.subject().equals(primary))
                    .dataAs(ContactMerged.class);
            assertThat(merged.duplicateContactId()).hasToString(duplicate);
        }
    }

    @Test
    void shouldFindContactsBySecondaryAddressesAndAMergedDuplicatesAddresses() {
        TestWorkspace ws = TestWorkspace.open();
        String primary = ContactListTest.create(ws, Map.of("email", "lou@example.com", "phone", "+14155550101"));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("secondaryEmail", "lou.home@example.com", "secondaryPhone", "+14155550102"))
                .patch("/api/v1/contacts/" + primary).then().statusCode(200);
        String duplicate = ContactListTest.create(ws, Map.of("email", "lou.work@example.com", "phone", "+4930123456"));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("secondaryEmail", "lou.old@example.com"))
                .patch("/api/v1/contacts/" + duplicate).then().statusCode(200);
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("body", "<p>from the work address</p>"))
                .post("/api/v1/contacts/" + duplicate + "/notes").then().statusCode(201);

        assertThat(search(ws, "lou.home")).containsExactly(primary);
        assertThat(search(ws, "4155550102")).containsExactly(primary);
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("duplicateId", duplicate))
                .post("/api/v1/contacts/" + primary + "/merge").then().statusCode(200)
                .body("mergedAddresses", containsInAnyOrder("lou.work@example.com", "+4930123456", "lou.old@example.com"));

        for (String address : List.of("lou.work@example.com", "LOU.OLD", "4930123456")) {
            assertThat(search(ws, address)).as("q=%s", address).containsExactly(primary);
        }
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + primary + "/journey").then()
                .body("items.findAll { it.mergedFrom != null }.kind", containsInAnyOrder("CREATED", "EDITED", "NOTE_ADDED"))
                .body("items.findAll { it.mergedFrom != null }.mergedFrom.contactId", everyItem(equalTo(duplicate)))
                .body("items.find { it.kind == 'NOTE_ADDED' }.mergedFrom.email", equalTo("lou.work@example.com"))
                .body("items.findAll { it.mergedFrom == null }.kind", hasItem("MERGED"));
    }

    private static List<String> search(TestWorkspace ws, String q) {
        return given().auth().oauth2(ws.adminToken()).queryParam("q", q).get("/api/v1/contacts").then().statusCode(200)
                .extract().path("items.id");
    }

    private static io.restassured.response.ValidatableResponse createView(TestWorkspace ws, String token, String name,
                                                                          boolean shared, String query) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", name, "shared", shared, "query", query)).post("/api/v1/smart-views").then();
    }
}
