package io.handoff.e2e;

import io.handoff.launcher.token.Role;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many customers racing for one closer's slot, from the public form and from inside, get exactly one call; many
 * setters approving at once into round robin get a fair share of calls for each closer.
 */
@Order(2)
@ExtendWith(PlatformExtension.class)
class ConcurrencyIT {

    private static final int RACERS = 100;
    private static final int APPROVERS = 20;

    private static Scenario scenario;

    @BeforeAll
    static void setUp(E2ePlatform e2e) {
        scenario = Scenario.open(e2e, "race");
    }

    @Test
    void shouldBookOneCallWhenAHundredRaceForOneSlot() throws Exception {
        String closer = scenario.closerOne.id();
        String start = scenario.slots(scenario.strategyId, scenario.setter.token(), closer).get(0);
        List<Callable<Http.Answer>> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String email = "racer" + i + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
            if (i % 2 == 0) {
                racers.add(() -> Http.send("POST", scenario.publicUrl(scenario.strategyId, "/bookings"), null,
                        Map.of("email", email, "name", "Racer", "timeZone", "UTC", "start", start,
                                "hostId", closer)));
            } else {
                racers.add(() -> Http.send("POST", scenario.e2e.scheduling("/calls"), scenario.setter.token(),
                        Map.of("eventTypeId", scenario.strategyId, "hostId", closer, "start", start,
                                "invitee", Map.of("email", email, "timeZone", "UTC"))));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(25);
        List<Http.Answer> answers = new ArrayList<>();
        try {
            for (Future<Http.Answer> answer : pool.invokeAll(racers)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as("%s", a).isIn(201, 409, 429));
        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);

        Http.Answer calls = Http.send("GET", scenario.e2e.scheduling("/calls?tab=upcoming&hostId=" + closer
                + "&eventTypeId=" + scenario.strategyId + "&limit=100"), scenario.workspace.admin.token(), null);
        assertThat(calls.status()).as("calls: %s", calls).isEqualTo(200);
        assertThat(calls.json().path("items")).hasSize(1);
    }

    /**
     * Round robin gives each call to the host furthest below its weighted share once the call is made, under
     * locks on the hosts: with two closers of weight 1 and no earlier bookings, 20 approvals at 20 different
     * slots, all released at once, make exactly 10 calls each.
     */
    @Test
    void shouldShareTwentyConcurrentApprovalsFairlyBetweenTheClosers() throws Exception {
        Scenario fair;
        try {
            fair = Scenario.open(scenario.e2e, "fair");
        } catch (org.awaitility.core.ConditionTimeoutException late) {
            throw new AssertionError("workspace not set up: " + diagnose(null, List.of()), late);
        }
        String admin = fair.workspace.admin.token();
        List<String> starts = fair.slots(fair.strategyId, admin, null);
        assertThat(starts).hasSizeGreaterThan(APPROVERS + 2);
        String approved = fair.stageId("Approved");
        List<Callable<Http.Answer>> approvals = new ArrayList<>();
        List<String> setters = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(APPROVERS);
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < APPROVERS; i++) {
            TestWorkspace.Member setter = fair.workspace.addUser("Setter " + i, Role.USER);
            setters.add(setter.id());
            Http.Answer contact = Http.send("POST", scenario.e2e.contacts("/contacts"), admin,
                    Map.of("name", "Fair Lead " + i, "email", "fair" + i + "@" + fair.workspace.slug + ".test"));
            assertThat(contact.status()).as("contact: %s", contact).isEqualTo(201);
            // The first slots are skipped: they may be past by the time scheduling-service books them.
            Map<String, Object> move = Map.of("stageId", approved, "handoffNotes", Scenario.handoffNotes(),
                    "booking", Map.of("eventTypeId", fair.strategyId, "start", starts.get(i + 2)));
            String url = scenario.e2e.contacts("/contacts/" + contact.field("id") + "/stage");
            approvals.add(() -> {
                ready.countDown();
                go.await();
                return Http.send("PUT", url, setter.token(), move);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(APPROVERS);
        List<Http.Answer> answers = new ArrayList<>();
        try {
            List<Future<Http.Answer>> pending = new ArrayList<>();
            approvals.forEach(approval -> pending.add(pool.submit(approval)));
            ready.await();
            go.countDown();
            for (Future<Http.Answer> answer : pending) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as("approval: %s", a).isEqualTo(202));

        Map<String, Integer> callsPerCloser = new java.util.TreeMap<>();
        for (int i = 0; i < APPROVERS; i++) {
            String callId;
            try {
                callId = fair.awaitApproval(answers.get(i), "BOOKED", Duration.ofMinutes(4)).path("callId").asText();
            } catch (org.awaitility.core.ConditionTimeoutException late) {
                throw new AssertionError("approval " + i + " not booked: " + diagnose(fair, answers), late);
            }
            Http.Answer call = Http.send("GET", scenario.e2e.scheduling("/calls/" + callId), admin, null);
            assertThat(call.status()).as("call: %s", call).isEqualTo(200);
            assertThat(call.json().path("setBy").path("userId").asText()).isEqualTo(setters.get(i));
            callsPerCloser.merge(call.json().path("host").path("userId").asText(), 1, Integer::sum);
        }
        assertThat(callsPerCloser).as("calls per closer").containsOnly(Map.entry(fair.closerOne.id(), APPROVERS / 2),
                Map.entry(fair.closerTwo.id(), APPROVERS / 2));
    }

    /** Where each approval stands in contacts-service and scheduling-service, for a failure message. */
    private static String diagnose(Scenario fair, List<Http.Answer> approvals) {
        StringBuilder report = new StringBuilder();
        if (fair == null) {
            return readiness(report);
        }
        String admin = fair.workspace.admin.token();
        Map<String, String> calls = new java.util.HashMap<>();
        Http.Answer list = Http.send("GET", scenario.e2e.scheduling("/calls?tab=upcoming&eventTypeId="
                + fair.strategyId + "&limit=100"), admin, null);
        list.json().path("items").forEach(c -> calls.put(c.path("approvalId").asText(), c.path("id").asText()));
        for (int i = 0; i < approvals.size(); i++) {
            String id = approvals.get(i).field("id");
            Http.Answer approval = Http.send("GET", scenario.e2e.contacts("/approvals/" + id), admin, null);
            String contactId = approval.field("contactId");
            report.append("\n#").append(i).append(' ').append(id).append(' ').append(approval.field("status"))
                    .append(", call in scheduling: ").append(calls.get(id)).append(", journey: ")
                    .append(contactId == null ? "?" : fair.journeyKinds(contactId));
        }
        return readiness(report);
    }

    /** A record stuck in a consumer shows in readiness (SmallRye's throttled commit strategy names it). */
    private static String readiness(StringBuilder report) {
        for (String service : List.of("contacts-service", "scheduling-service")) {
            report.append("\n").append(service).append(" readiness: ")
                    .append(Http.send("GET", scenario.e2e.url(service, "/q/health/ready"), null, null).text());
        }
        System.out.println("[e2e] round robin approvals:" + report);
        return report.toString();
    }
}
