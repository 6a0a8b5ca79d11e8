package io.handoff.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Customers' traffic while faults are injected: leads from the public form, and a setter creating contacts and
 * approving them into round robin, each at its own slot. It remembers what was accepted (a 2xx answer, which
 * must have exactly its effects) apart from what was only attempted (no answer: it may or may not have).
 */
final class SteadyStream {

    private static final int MAX_LEADS = 300;
    private static final int MAX_APPROVALS = 120;
    private static final Duration LEAD_PACE = Duration.ofMillis(300);
    private static final Duration APPROVAL_PACE = Duration.ofMillis(1500);

    final Set<String> leadsAccepted = ConcurrentHashMap.newKeySet();
    final Set<String> leadsAttempted = ConcurrentHashMap.newKeySet();
    final Set<String> contactsAccepted = ConcurrentHashMap.newKeySet();
    final Set<String> contactsAttempted = ConcurrentHashMap.newKeySet();
    /** Accepted approvals: approval id → contact id. */
    final Map<String, String> approvalsAccepted = new ConcurrentHashMap<>();

    private final Scenario scenario;
    private final List<String> starts;
    private final String approvedStage;
    private final AtomicBoolean streaming = new AtomicBoolean(true);
    private final Thread leads = new Thread(this::submitLeads, "lead-stream");
    private final Thread approvals = new Thread(this::submitApprovals, "approval-stream");

    SteadyStream(Scenario scenario) {
        this.scenario = scenario;
        this.starts = scenario.slots(scenario.strategyId, scenario.workspace.admin.token(), null);
        this.approvedStage = scenario.stageId("Approved");
    }

    void start() {
        leads.start();
        approvals.start();
    }

    /**
     * Goes on until more than {@code leadFloor} leads and {@code approvalFloor} approvals were accepted (or both
     * threads ran out of requests, or {@code atMost} passed), then stops. The faults themselves may be over in
     * twenty seconds on a fast machine (services restart in a few seconds), too short for the floors the checks
     * need; traffic after the faults is as much a check of the recovered platform as traffic during them.
     */
    void stopOnceAccepted(int leadFloor, int approvalFloor, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while ((leads.isAlive() || approvals.isAlive()) && System.nanoTime() < deadline
                && (leadsAccepted.size() <= leadFloor || approvalsAccepted.size() <= approvalFloor)) {
            Thread.sleep(200);
        }
        stop();
    }

    void stop() throws InterruptedException {
        streaming.set(false);
        leads.join();
        approvals.join();
    }

    private void submitLeads() {
        for (int i = 0; i < MAX_LEADS && streaming.get(); i++) {
            int n = i;
            String email = "stream" + n + "." + scenario.workspace.slug + "@example.com";
            leadsAttempted.add(email);
            Http.Answer answer = quietly(() -> Http.send("POST", scenario.publicUrl(scenario.discoveryId, "/leads"),
                    null, Map.of("email", email, "name", "Stream " + n, "complete", true,
                            "answers", Map.of(Scenario.BUDGET, "Over $5k"))));
            if (answer != null && answer.status() >= 200 && answer.status() < 300) {
                leadsAccepted.add(email);
            }
            pause(LEAD_PACE);
        }
    }

    /** Slots from the fifth on: the stream runs for minutes and the first ones pass meanwhile. */
    private void submitApprovals() {
        int limit = Math.min(MAX_APPROVALS, starts.size() - 4);
        for (int i = 0; i < limit && streaming.get(); i++) {
            String email = "approve" + i + "." + scenario.workspace.slug + "@example.com";
            contactsAttempted.add(email);
            Http.Answer contact = quietly(() -> Http.send("POST", scenario.e2e.contacts("/contacts"),
                    scenario.workspace.admin.token(), Map.of("name", "Approve " + email, "email", email),
                    UUID.randomUUID().toString()));
            if (contact != null && contact.status() == 201) {
                contactsAccepted.add(email);
                String contactId = contact.field("id");
                Map<String, Object> move = Map.of("stageId", approvedStage, "handoffNotes", Scenario.handoffNotes(),
                        "booking", Map.of("eventTypeId", scenario.strategyId, "start", starts.get(i + 4)));
                Http.Answer approve = quietly(() -> Http.send("PUT", scenario.e2e.contacts("/contacts/" + contactId
                        + "/stage"), scenario.setter.token(), move));
                if (approve != null && approve.status() == 202) {
                    approvalsAccepted.put(approve.field("id"), contactId);
                }
            }
            pause(APPROVAL_PACE);
        }
    }

    /** The answer, or null when the service was down (the request was not accepted). */
    private static Http.Answer quietly(java.util.function.Supplier<Http.Answer> request) {
        try {
            return request.get();
        } catch (IllegalStateException down) {
            return null;
        }
    }

    private static void pause(Duration pace) {
        try {
            Thread.sleep(pace.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
