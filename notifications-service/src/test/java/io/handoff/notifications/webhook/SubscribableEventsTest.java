package io.handoff.notifications.webhook;

import io.handoff.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which event types endpoints may subscribe to and how patterns match. */
class SubscribableEventsTest {

    @Test
    void shouldForwardPublicTypesButNeverInternalOnes() {
        assertThat(SubscribableEvents.KNOWN).contains("contact.created", "contact.stage-changed", "lead.captured",
                "call.booked", "call.rescheduled", "call.cancelled", "outcome.recorded", "deal.created", "deal.deleted");
        assertThat(SubscribableEvents.KNOWN).noneMatch(type -> type.startsWith("workspace.") || type.startsWith("user.")
                || type.startsWith("booking.") || type.startsWith("webhook."));
    }

    @Test
    void shouldMatchExactNamesFamiliesAndEverythingForAnEmptyList() {
        assertThat(SubscribableEvents.covers(List.of("call.*"), "call.booked")).isTrue();
        assertThat(SubscribableEvents.covers(List.of("call.*"), "contact.created")).isFalse();
        assertThat(SubscribableEvents.covers(List.of("deal.created", "lead.captured"), "lead.captured")).isTrue();
        assertThat(SubscribableEvents.covers(List.of(), "outcome.recorded")).isTrue();
        assertThat(SubscribableEvents.covers(List.of(), "booking.requested")).isFalse();
        assertThat(SubscribableEvents.covers(List.of(), "user.created")).isFalse();
        assertThat(SubscribableEvents.webhookType("call.booked.v1")).isEqualTo("call.booked");
    }

    @Test
    void shouldRefuseUnknownInternalAndVersionedNames() {
        for (String bad : List.of("booking.requested", "workspace.*", "call.booked.v1", "*", "calls.*", "")) {
            assertThatThrownBy(() -> SubscribableEvents.requireValid(List.of("call.booked", bad)))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                            .extracting(error -> error.field()).containsExactly("eventTypes[1]"));
        }
        assertThat(SubscribableEvents.requireValid(List.of("call.*", "deal.created", "call.*")))
                .containsExactly("call.*", "deal.created");
    }
}
