package io.handoff.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/**
 * The one source of "now", so that tests can drive time (reminders, retries, SLAs) without sleeping.
 * {@code handoff.clock.offset} (an ISO-8601 duration, zero by default) moves one service's clock ahead of the
 * others: the end-to-end suite runs outcomes-service a month ahead so that a call booked today has already
 * happened when the closer records its outcome. Leave it at zero in production.
 */
public class ClockProducer {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock(@ConfigProperty(name = "handoff.clock.offset", defaultValue = "PT0S") Duration offset) {
        return offset.isZero() ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), offset);
    }
}
