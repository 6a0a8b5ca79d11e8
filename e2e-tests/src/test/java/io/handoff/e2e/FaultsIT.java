package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.handoff.launcher.platform.Component;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A steady stream of leads and approvals while every service in turn is killed with SIGKILL and restarted, the
 * broker restarts and the webhook receiver is down: every accepted request has exactly its effects — contacts,
 * journey entries, booked calls, analytics counts and webhook deliveries, one for one.
 */
@Order(6)
@ExtendWith(PlatformExtension.class)
class FaultsIT {

    private static final Duration RESTART = Duration.ofSeconds(240);
    private static final Duration SETTLE = Duration.ofSeconds(300);
    private static final int LEAD_FLOOR = 50;
    private static final int APPROVAL_FLOOR = 10;
    private static final List<String> VICTIMS = List.of("contacts-service", "notifications-service",
            "scheduling-service", "outcomes-service", "deals-service");

    private static Scenario scenario;
    private static WebhookReceiver receiver;
    private static FaultChecks checks;

    @BeforeAll
    static void setUp(E2ePlatform e2e) {
        receiver = new WebhookReceiver();
        scenario = Scenario.open(e2e, "faults");
        Http.Answer endpoint = scenario.accepted("POST", e2e.notifications("/webhook-endpoints"),
                scenario.workspace.admin.token(), Map.of("url", receiver.url(), "eventTypes",
                        List.of("lead.captured", "call.booked"), "enabled", true));
        receiver.trust(endpoint.field("secret"));
        checks = new FaultChecks(scenario);
    }

    @AfterAll
    static void tearDown() {
        receiver.close();
    }

    @Test
    void shouldLoseAndDoubleNothingThroughCrashesAndABrokerRestart() throws Exception {
        SteadyStream stream = new SteadyStream(scenario);
        stream.start();
        boolean faultsOver = false;
        try {
            var platform = scenario.e2e.platform();
            receiver.setDown(true);
            for (String victim : VICTIMS) {
                crash(platform.service(victim));
            }
            platform.kafka().stop(Duration.ofSeconds(60));
            E2eSummary.FAULTS_INJECTED.incrementAndGet();
            platform.kafka().start();
            platform.kafka().awaitHealthy(RESTART);
            receiver.setDown(false);
            E2eSummary.FAULTS_INJECTED.incrementAndGet();
            faultsOver = true;
        } finally {
            if (faultsOver) {
                stream.stopOnceAccepted(LEAD_FLOOR, APPROVAL_FLOOR, Duration.ofSeconds(120));
            } else {
                stream.stop();
            }
        }
        assertThat(stream.leadsAccepted).as("accepted leads").hasSizeGreaterThan(LEAD_FLOOR);
        assertThat(stream.approvalsAccepted).as("accepted approvals").hasSizeGreaterThan(APPROVAL_FLOOR);

        Set<String> acceptedEmails = new HashSet<>(stream.leadsAccepted);
        acceptedEmails.addAll(stream.contactsAccepted);
        Set<String> attemptedEmails = new HashSet<>(stream.leadsAttempted);
        attemptedEmails.addAll(stream.contactsAttempted);
        Map<String, JsonNode> contacts = new ConcurrentHashMap<>();
        countLost(acceptedEmails, contacts::keySet, () -> await().atMost(SETTLE).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    contacts.putAll(checks.contactsByEmail());
                    assertThat(contacts.keySet()).containsAll(acceptedEmails);
                }));
        assertThat(attemptedEmails).as("no contact without a request").containsAll(contacts.keySet());
        Set<String> storedLeads = contacts.keySet().stream().filter(stream.leadsAttempted::contains)
                .collect(Collectors.toSet());
        checks.assertOneLeadCapturedEntryEach(storedLeads, contacts);

        Map<String, String> callByApproval = checks.awaitBooked(stream.approvalsAccepted.keySet());
        Set<String> calls = checks.strategyCalls();
        assertThat(calls).as("calls of accepted approvals").containsAll(callByApproval.values());
        assertThat((long) calls.size()).as("no call without an approval")
                .isLessThanOrEqualTo(contacts.keySet().stream().filter(stream.contactsAttempted::contains).count());

        countLost(storedLeads, () -> deliveredLeads().keySet(), () -> await().atMost(SETTLE)
                .pollInterval(Duration.ofSeconds(2)).until(() -> deliveredLeads().keySet().containsAll(storedLeads)));
        countLost(calls, () -> deliveredCalls().keySet(), () -> await().atMost(SETTLE).pollInterval(Duration.ofSeconds(2))
                .until(() -> deliveredCalls().keySet().containsAll(calls)));
        assertThat(deliveredLeads().keySet()).containsExactlyInAnyOrderElementsOf(storedLeads);
        assertThat(deliveredCalls().keySet()).containsExactlyInAnyOrderElementsOf(calls);
        assertThat(deliveredLeads()).allSatisfy((email, n) -> assertThat(n).as("deliveries for %s", email)
                .isEqualTo(1L));
        assertThat(deliveredCalls()).allSatisfy((call, n) -> assertThat(n).as("deliveries for %s", call)
                .isEqualTo(1L));
        assertThat(receiver.accepted().stream().map(WebhookReceiver.Delivery::webhookId)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
                .allSatisfy((id, count) -> assertThat(count).as("webhook-id %s", id).isEqualTo(1L));
        assertThat(receiver.refusedSignatures()).isEmpty();

        checks.assertAnalyticsCount(storedLeads.size(), calls.size());
    }

    /** Runs the wait; whatever of {@code expected} is still not in {@code found} afterwards counts as lost. */
    private static void countLost(Set<String> expected, Supplier<Set<String>> found, Runnable wait) {
        try {
            wait.run();
        } finally {
            Set<String> now = Set.copyOf(found.get());
            E2eSummary.EVENTS_LOST.addAndGet(expected.stream().filter(e -> !now.contains(e)).count());
        }
    }

    private static void crash(Component service) {
        var process = service.process();
        service.kill();
        // SIGKILL is asynchronous: the port is free only once the process has gone.
        process.ifPresent(p -> p.onExit().join());
        await().atMost(Duration.ofSeconds(30)).until(() -> portIsFree(service.port()));
        E2eSummary.FAULTS_INJECTED.incrementAndGet();
        service.start();
        service.awaitHealthy(RESTART);
    }

    private static boolean portIsFree(int port) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            return false;
        } catch (java.io.IOException refused) {
            return true;
        }
    }

    private static Map<String, Long> deliveredLeads() {
        return receiver.accepted().stream().filter(d -> d.type().equals("lead.captured"))
                .map(d -> d.payload().path("data").path("invitee").path("email").asText(
                        d.payload().path("data").path("email").asText()))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static Map<String, Long> deliveredCalls() {
        return receiver.accepted().stream().filter(d -> d.type().equals("call.booked"))
                .map(d -> d.payload().path("data").path("callId").asText())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
