package io.handoff.deals;

import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.handoff.deals.DealRequests.create;
import static io.handoff.deals.DealRequests.deal;
import static io.handoff.deals.DealRequests.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** The deals list: filters, newest deal date first, keyset pages. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class DealListTest {

    private final TopicProbe probe = new TopicProbe();

    @Test
    void shouldFilterByPaymentTypeAndDateRange() {
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID contact = UUID.randomUUID();
        String january = create(ws.userToken(), dated(ws, contact, "WON", "2026-01-10"));
        String february = create(ws.userToken(), dated(ws, contact, "DEPOSIT", "2026-02-10"));
        String march = create(ws.userToken(), dated(ws, contact, "WON", "2026-03-10"));
        String lateMarch = create(ws.userToken(), with(dated(ws, UUID.randomUUID(), "RECURRING", "2026-03-20"),
                "closerId", ws.adminId().toString()));

        list(ws, "paymentType=WON").body("items.id", contains(march, january));
        list(ws, "from=2026-02-01&to=2026-03-15").body("items.id", contains(march, february));
        list(ws, "paymentType=WON&from=2026-02-01").body("items.id", contains(march));
        list(ws, "from=2026-03-10&to=2026-03-10").body("items.id", contains(march));
        list(ws, "contactId=" + contact).body("items.id", contains(march, february, january));
        list(ws, "closerId=" + ws.adminId()).body("items.id", contains(lateMarch));
        list(ws, "").body("items.id", contains(lateMarch, march, february, january));
    }

    @Test
    void shouldPageWithACursorWithoutRepeatsOrGaps() {
        TestWorkspace ws = TestWorkspace.open(probe);
        List<String> created = new ArrayList<>();
        for (String date : List.of("2026-05-01", "2026-05-01", "2026-05-02", "2026-04-30", "2026-05-01")) {
            created.add(create(ws.userToken(), dated(ws, UUID.randomUUID(), "WON", date)));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = list(ws, "limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        assertThat(seen).containsExactly(created.get(2), created.get(4), created.get(1), created.get(0), created.get(3));
        list(ws, "limit=5").body("nextCursor", nullValue());
    }

    @Test
    void shouldAnswerMalformedFiltersWith400() {
        TestWorkspace ws = TestWorkspace.open(probe);
        list(ws, "paymentType=FREE", 400).body("errors.field", hasItem("paymentType"));
        list(ws, "from=2026-99-01", 400).body("errors.field", hasItem("from"));
        list(ws, "from=2026-03-02&to=2026-03-01", 400).body("errors.field", hasItem("to"));
        list(ws, "contactId=nope&closerId=nope", 400).body("errors.field", containsInAnyOrder("closerId", "contactId"));
        list(ws, "cursor=%25%25%25", 400).body("errors[0].field", equalTo("cursor"));
        list(ws, "limit=501", 400).body("errors[0].field", equalTo("limit"));
    }

    private static Map<String, Object> dated(TestWorkspace ws, UUID contact, String type, String date) {
        return with(deal(contact, ws.closerId(), "100", type), "date", date);
    }

    private static ValidatableResponse list(TestWorkspace ws, String query) {
        return list(ws, query, 200);
    }

    private static ValidatableResponse list(TestWorkspace ws, String query, int status) {
        return given().auth().oauth2(ws.userToken()).urlEncodingEnabled(false).get("/api/v1/deals" + (query.isEmpty() ? "" : "?" + query)).then()
                .statusCode(status);
    }
}
