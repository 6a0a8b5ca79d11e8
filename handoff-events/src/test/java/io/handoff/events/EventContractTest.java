package io.handoff.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handoff.events.contacts.ContactStageChanged;
import io.handoff.events.deals.DealDetails;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.LeadCaptured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EventContractTest {

    private static final UUID WORKSPACE = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldHaveASchemaForEveryEventType(EventType type) {
        assertThat(getClass().getClassLoader().getResource(type.schemaResource())).as(type.schemaResource()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldValidateAFullyPopulatedSampleOfEveryType(EventType type) {
        CloudEvent event = CloudEvent.of(type, "/test", WORKSPACE, UUID.randomUUID().toString(),
                SampleData.of(type.dataClass()), NOW);
        assertThat(EventSchemas.violations(event)).isEmpty();
    }

    @Test
    void shouldCarryTheSetterOnCallBooked() {
        var setBy = new PersonRef(UUID.randomUUID(), "Sam Setter", "sam@example.com");
        var booked = new CallBooked(UUID.randomUUID(), UUID.randomUUID(), "Strategy", "STRATEGY",
                new PersonRef(UUID.randomUUID(), "Cleo Closer", "cleo@example.com"), null, UUID.randomUUID(), null,
                new Invitee("lead@example.com", "Lee", null, "Europe/Berlin"), NOW, NOW.plusSeconds(1800), setBy,
                "APPROVAL", List.of(), null);
        CloudEvent event = CloudEvent.of(EventType.CALL_BOOKED, "/test", WORKSPACE, booked.callId().toString(), booked, NOW);

        CloudEvent roundTrip = EventJson.read(EventJson.write(event));

        assertThat(EventSchemas.violations(roundTrip)).isEmpty();
        assertThat(roundTrip.dataAs(CallBooked.class).setBy()).isEqualTo(setBy);
        assertThat(roundTrip.data().path("setBy").path("email").asText()).isEqualTo("sam@example.com");
    }

    @Test
    void shouldRejectDataThatBreaksTheContract() {
        var lead = new LeadCaptured(UUID.randomUUID(), UUID.randomUUID(), "MAYBE", null,
                new Invitee("x@example.com", null, null, null), List.of(), null, null, NOW);
        CloudEvent event = CloudEvent.of(EventType.LEAD_CAPTURED, "/test", WORKSPACE, lead.leadId().toString(), lead, NOW);

        assertThat(EventSchemas.violations(event)).anyMatch(v -> v.contains("status"));
    }

    @Test
    void shouldRejectUndeclaredDataFieldsAndMissingRequiredOnes() {
        var change = new ContactStageChanged(UUID.randomUUID(), null, null, Actor.system(), null);
        CloudEvent event = CloudEvent.of(EventType.CONTACT_STAGE_CHANGED, "/test", WORKSPACE, "c", change, NOW);
        ((ObjectNode) event.data()).put("surprise", true);
        ((ObjectNode) event.data()).remove("actor");

        assertThat(EventSchemas.violations(event)).hasSize(2);
    }

    @Test
    void shouldWriteMoneyAsAnExactDecimalString() {
        var deal = new DealDetails(UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(), null,
                new BigDecimal("1999.90"), "EUR", LocalDate.of(2026, 11, 23), null, null, "WON", null, null);
        CloudEvent event = CloudEvent.of(EventType.DEAL_CREATED, "/test", WORKSPACE, deal.dealId().toString(), deal, NOW);

        assertThat(event.data().path("value").isTextual()).isTrue();
        assertThat(event.data().path("value").asText()).isEqualTo("1999.90");
        assertThat(EventSchemas.violations(event)).isEmpty();
    }

    @Test
    void shouldRejectAnEnvelopeWithoutSubject() {
        CloudEvent event = new CloudEvent("1.0", "id-1", "/test", "deal.deleted.v1", NOW, null, "application/json",
                WORKSPACE.toString(), null, EventJson.MAPPER.createObjectNode()
                .put("dealId", UUID.randomUUID().toString()).put("contactId", UUID.randomUUID().toString()));

        assertThat(EventSchemas.violations(event)).anyMatch(v -> v.startsWith("envelope") && v.contains("subject"));
    }
}
