package io.handoff.console.forwarding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceRoutesTest {

    @Test
    void shouldSendEachPathToTheServiceThatOwnsIt() {
        assertThat(ServiceRoutes.owner("/api/v1/contacts/1/card")).contains("contacts");
        assertThat(ServiceRoutes.owner("/api/v1/appointment-setting")).contains("contacts");
        assertThat(ServiceRoutes.owner("/api/v1/stages/stream")).contains("contacts");
        assertThat(ServiceRoutes.owner("/api/v1/calls")).contains("scheduling");
        assertThat(ServiceRoutes.owner("/api/v1/calls/7/reschedule")).contains("scheduling");
        assertThat(ServiceRoutes.owner("/api/v1/public/acme/event-types/3/slots")).contains("scheduling");
        assertThat(ServiceRoutes.owner("/api/v1/analytics/summary")).contains("outcomes");
        assertThat(ServiceRoutes.owner("/api/v1/deals/5/transactions")).contains("deals");
        assertThat(ServiceRoutes.owner("/api/v1/deliveries/5/replay")).contains("notifications");
    }

    @Test
    void shouldSendACallsOutcomeToOutcomesService() {
        assertThat(ServiceRoutes.owner("/api/v1/calls/7/outcome")).contains("outcomes");
        assertThat(ServiceRoutes.owner("/api/v1/calls/7/outcome/")).contains("outcomes");
        assertThat(ServiceRoutes.owner("/api/v1/calls/7/outcome/history")).contains("outcomes");
        assertThat(ServiceRoutes.owner("/api/v1/calls/7/outcomes")).contains("scheduling");
    }

    @Test
    void shouldOwnNothingOutsideTheApi() {
        assertThat(ServiceRoutes.owner("/api/v1/nothing-here")).isEmpty();
        assertThat(ServiceRoutes.owner("/api/v2/contacts")).isEmpty();
        assertThat(ServiceRoutes.owner("/q/health")).isEmpty();
        assertThat(ServiceRoutes.owner(null)).isEmpty();
    }
}
