package io.handoff.scheduling;

import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Public endpoints answer 429 with Retry-After past the per-address and per-event-type budgets. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
@QuarkusTestResource(InfrastructureResource.class)
class RateLimitTest {

    /** Small budgets that barely refill, and client addresses taken from X-Forwarded-For as behind a proxy. */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("handoff.rate-limit.per-ip.capacity", "5", "handoff.rate-limit.per-ip.per-minute", "1",
                    "handoff.rate-limit.per-event-type.capacity", "8", "handoff.rate-limit.per-event-type.per-minute", "1",
                    "quarkus.http.proxy.proxy-address-forwarding", "true", "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    private final TopicProbe probe = new TopicProbe();

    @Test
    void shouldLimitEachAddress() {
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        String page = page(tenant);

        for (int i = 0; i < 5; i++) {
            assertThat(slots(page, "203.0.113.7").statusCode()).isEqualTo(200);
        }
        Response limited = slots(page, "203.0.113.7");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(given().header("X-Forwarded-For", "203.0.113.7").get(page).statusCode()).isEqualTo(429);
        assertThat(slots(page, "203.0.113.8").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldLimitEachEventTypeWhateverTheAddress() {
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        String page = page(tenant);

        for (int i = 0; i < 8; i++) {
            assertThat(slots(page, "198.51.100." + i).statusCode()).isEqualTo(200);
        }
        Response limited = slots(page, "198.51.100.200");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(slots(page(tenant), "198.51.100.200").statusCode()).isEqualTo(200);
    }

    private static String page(TestTenant tenant) {
        String typeId = tenant.createEventType(Fixtures.eventType("Strategy Call", "STRATEGY", 30, "ROUND_ROBIN",
                Map.of(tenant.hostA(), 1)));
        return "/api/v1/public/" + tenant.slug() + "/event-types/" + typeId;
    }

    private static Response slots(String page, String address) {
        return given().header("X-Forwarded-For", address).queryParam("from", "2027-01-04").queryParam("to", "2027-01-05")
                .get(page + "/slots");
    }
}
