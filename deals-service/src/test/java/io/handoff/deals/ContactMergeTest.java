package io.handoff.deals;

import io.handoff.events.Actor;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.Topics;
import io.handoff.events.contacts.ContactCreated;
import io.handoff.events.deals.DealDetails;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.handoff.deals.DealRequests.create;
import static io.handoff.deals.DealRequests.deal;
import static io.handoff.deals.DealRequests.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Contacts as deals-service knows them: merges move deals, transactions and missing deals to the primary. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class ContactMergeTest {

    private final TopicProbe probe = new TopicProbe();

    @Test
    void shouldMoveTheDuplicatesRecordsToThePrimary() {
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID primary = ws.addContact("gina@example.com");
        UUID duplicate = ws.addContact("gina.work@example.com");
        UUID untouched = ws.addContact("hal@example.com");
        JsonPath source = Inbound.createSource(ws, "zapier");
        String dealId = create(ws.closerToken(), deal(duplicate, ws.closerId(), "900.00", "WON"));
        String otherDeal = create(ws.closerToken(), deal(untouched, ws.closerId(), "10.00", "WON"));
        String transactionId = Inbound.postGeneric(source, Inbound.genericPayment("m-" + UUID.randomUUID(), "900.00",
                "EUR", "gina.work@example.com")).statusCode(201).extract().path("id");
        UUID callId = ws.bookCall(duplicate, ws.closerId(), ws.setterId());
        ws.recordOutcome(callId, duplicate, "SALE", 1);

        ws.mergeContacts(primary, duplicate);

        given().auth().oauth2(ws.userToken()).get("/api/v1/deals/" + dealId).then()
                .body("contactId", equalTo(primary.toString())).body("version", equalTo(1));
        given().auth().oauth2(ws.userToken()).get("/api/v1/deals/" + otherDeal).then()
                .body("contactId", equalTo(untouched.toString())).body("version", equalTo(0));
        CloudEvent moved = probe.awaitOne(Topics.DEALS, e -> e.type().equals("deal.updated.v1")
                && e.subject().equals(dealId));
        assertThat(moved.dataAs(DealDetails.class).contactId()).isEqualTo(primary);
        assertThat(Inbound.transactions(ws, "contactId=" + primary).getList("items.id")).containsExactly(transactionId);
        assertThat(Inbound.transactions(ws, "contactId=" + duplicate).getList("items")).isEmpty();
        given().auth().oauth2(ws.userToken()).get("/api/v1/deals/missing").then()
                .body("items[0].callId", equalTo(callId.toString()))
                .body("items[0].contactId", equalTo(primary.toString()));

        String later = Inbound.postGeneric(source, Inbound.genericPayment("m-" + UUID.randomUUID(), "50.00", "EUR",
                "GINA.WORK@example.com")).statusCode(201).body("contactId", equalTo(primary.toString()))
                .extract().path("id");
        assertThat(later).isNotNull();
        post(ws.closerToken(), deal(duplicate, ws.closerId(), "1.00", "WON")).statusCode(400)
                .body("errors.field", hasItem("contactId"));
        create(ws.closerToken(), Map.of("contactId", primary.toString(), "callId", callId.toString(), "value", "900",
                "paymentType", "WON"));
        given().auth().oauth2(ws.userToken()).get("/api/v1/deals/missing").then().body("items.size()", equalTo(0));
    }

    @Test
    void shouldRememberAMergeThatArrivesBeforeTheDuplicateIsKnown() {
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID primary = ws.addContact("ivy@example.com");
        UUID duplicate = UUID.randomUUID();
        ws.mergeContacts(primary, duplicate);
        ws.publishAndAwait(Topics.CONTACTS, CloudEvent.of(EventType.CONTACT_CREATED,
                "/handoff/contacts-service", ws.id(), duplicate.toString(),
                new ContactCreated(duplicate, "ivy.old@example.com", null, null, null, null,
                        null, null, null, null, Actor.system()), Instant.now()));

        Inbound.postGeneric(Inbound.createSource(ws, "custom"), Inbound.genericPayment("c-" + UUID.randomUUID(),
                "5.00", "EUR", "ivy.old@example.com")).statusCode(201).body("contactId", equalTo(primary.toString()));
        post(ws.closerToken(), deal(duplicate, ws.closerId(), "1.00", "WON")).statusCode(400)
                .body("errors.field", hasItem("contactId"));
    }

    @Test
    void shouldRefuseAContactOfAnotherWorkspaceButAcceptOneNotYetKnown() {
        TestWorkspace ws = TestWorkspace.open(probe);
        TestWorkspace other = TestWorkspace.open(probe);
        UUID theirs = other.addContact("jo@example.com");

        post(ws.closerToken(), deal(theirs, ws.closerId(), "1.00", "WON")).statusCode(400)
                .body("errors.field", hasItem("contactId"));
        post(ws.closerToken(), deal(UUID.randomUUID(), ws.closerId(), "1.00", "WON")).statusCode(201);
    }
}
