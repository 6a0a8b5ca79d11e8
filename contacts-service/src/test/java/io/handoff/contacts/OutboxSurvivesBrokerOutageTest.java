package io.handoff.contacts;

import io.handoff.events.Topics;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TestInfrastructure;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A change committed while Kafka is down still reaches Kafka, once, when the broker is back. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class OutboxSurvivesBrokerOutageTest {

    @Test
    void shouldPublishEventsCommittedWhileTheBrokerWasDown() throws InterruptedException {
        TestWorkspace ws = TestWorkspace.open();
        String userId;
        TestInfrastructure.get().stopKafka();
        try {
            userId = ws.addUser("Outage Olly", "USER").statusCode(201).extract().path("id");
            Thread.sleep(1500); // let the relay try, and fail, while the broker is away
        } finally {
            TestInfrastructure.get().startKafka();
        }

        try (TopicProbe probe = new TopicProbe()) {
            probe.awaitOne(Topics.CONTACTS, e -> e.type().equals("user.created.v1") && e.subject().equals(userId));
            long copies = probe.events(Topics.CONTACTS).stream()
                    .filter(e -> e.type().equals("user.created.v1") && e.subject().equals(userId)).count();
            assertThat(copies).isEqualTo(1);
        }
    }
}
