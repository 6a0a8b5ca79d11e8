package io.handoff.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every class of hostile value (NUL and control characters, very long texts, far-out instants, numbers out of
 * range, wrong JSON types, unknown enum constants, null) in every JSON field and query parameter the services'
 * OpenAPI documents declare, as an admin: never a 5xx, and every 4xx a problem+json. Event type paths name a real
 * event type; other ids are random (those requests stop at 404 once their values are read).
 */
@Order(4)
@ExtendWith(PlatformExtension.class)
class FuzzMatrixIT {

    private static E2ePlatform e2e;
    private static List<FuzzCases.Case> cases;
    private static TestWorkspace workspace;
    /** A real event type, so that its endpoints (slots, the public form) get past the lookup to the values. */
    private static String eventTypeId;

    @BeforeAll
    static void discover(E2ePlatform platform) {
        e2e = platform;
        cases = FuzzCases.all(platform);
        Scenario scenario = Scenario.open(platform, "fuzz");
        workspace = scenario.workspace;
        eventTypeId = scenario.discoveryId;
    }

    @Test
    void shouldCoverTheBodyFieldsAndQueryParametersOfEveryService() {
        for (String service : Endpoint.SERVICES) {
            assertThat(cases).as("fuzz cases of %s", service)
                    .anyMatch(c -> c.endpoint().service().equals(service) && c.query().isEmpty())
                    .anyMatch(c -> c.endpoint().service().equals(service) && !c.query().isEmpty());
        }
    }

    @Test
    void shouldAnswerEveryHostileValueWithoutServerErrorAndWithProblemsFor4xx() {
        List<String> failures = new ArrayList<>();
        for (FuzzCases.Case c : cases) {
            String id = UUID.randomUUID().toString();
            String url = c.endpoint().url(e2e, id).replace("/event-types/" + id, "/event-types/" + eventTypeId);
            if (c.endpoint().isPublic()) {
                url = url.replace("/public/" + id, "/public/" + workspace.slug);
            }
            E2eSummary.REQUESTS_FUZZED.incrementAndGet();
            Http.Answer answer = Http.sendRaw(c.endpoint().method(), url + c.query(), workspace.admin.token(), c.body(),
                    null);
            boolean problemless4xx = answer.status() >= 400 && answer.status() < 500 && !answer.isProblem()
                    && answer.status() != 413;
            if (answer.status() >= 500 || problemless4xx) {
                failures.add(c.endpoint() + " with " + c.what() + " → " + answer);
            }
        }
        assertThat(failures).as("%s of %s fuzzed requests failed", failures.size(), cases.size()).isEmpty();
    }
}
