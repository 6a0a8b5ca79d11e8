package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input over every JSON endpoint of every service, as an admin of a real workspace: malformed and
 * structurally wrong bodies are refused with a 4xx problem and store nothing (every list of the workspace shows
 * the same before and after), and nothing, however odd, makes a service answer 5xx.
 */
@Order(4)
@ExtendWith(PlatformExtension.class)
class HostileInputIT {

    private static final String HUGE = "A".repeat(300_000);

    /** Bodies no endpoint may accept. */
    private static final List<String> MALFORMED = List.of(
            "{",
            "[]",
            "\"just a string\"",
            "12345",
            "{\"name\": 12345, \"email\": [\"x\"], \"start\": true, \"eventTypeId\": 5, \"timeZone\": {}}",
            "{\"eventTypeId\": \"not-a-uuid\", \"hostId\": \"123\", \"userId\": \"x\", \"contactId\": \"zz\","
                    + " \"stageId\": \"'; DROP TABLE contact; --\"}",
            "{\"timeZone\": \"Mars/Olympus_Mons\", \"start\": \"2026-13-45T25:61:00Z\", \"date\": \"yesterday\"}",
            "{\"name\": \"" + HUGE + "\", \"email\": \"" + HUGE + "@x.test\", \"url\": \"https://" + HUGE + "\"}",
            nested(3000),
            "{\"zzUnknownField\": true, \"anotherUnknown\": {\"a\": 1}}");

    /** Bodies that may be valid or not, but must never break a service. */
    private static final List<String> ODD = List.of(
            "{\"name\": \"'; DROP TABLE contact; --\", \"email\": \"o'brien+1@x.test\", \"description\": \"' OR 1=1 --\"}",
            "{\"name\": \"<script>alert(1)</script>\", \"email\": \"<img src=x onerror=alert(1)>@x.test\","
                    + " \"body\": \"<iframe src=javascript:alert(1)>\"}",
            "{\"name\": \"\\u0000\\u0001\\uffff\", \"email\": \"\\ud83d\\ude00@x.test\"}",
            "{\"amount\": \"-1e309\", \"price\": \"NaN\", \"value\": 1e400, \"durationMinutes\": 99999999999}",
            "{\"name\": null, \"email\": null, \"start\": null}",
            "{}");

    private static E2ePlatform e2e;
    private static List<Endpoint> endpoints;
    private static TestWorkspace workspace;

    @BeforeAll
    static void discover(E2ePlatform platform) {
        e2e = platform;
        endpoints = Endpoint.all(platform);
        workspace = TestWorkspace.open(platform, "hostile");
    }

    @Test
    void shouldRefuseMalformedBodiesEverywhereWithAProblem() {
        Map<String, String> before = storedRecords();
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            if (!endpoint.takesBody()) {
                continue;
            }
            for (String body : MALFORMED) {
                Http.Answer answer = send(endpoint, UUID.randomUUID().toString(), body);
                if (answer.status() < 400 || answer.status() >= 500 || !answer.isProblem() && answer.status() != 413) {
                    failures.add(endpoint + " with " + abbreviate(body) + " → " + answer);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(storedRecords()).as("what the workspace's lists show").isEqualTo(before);
    }

    @Test
    void shouldNeverFailOnOddButWellFormedInput() {
        Map<String, String> before = storedRecords();
        List<String> accepted = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            if (!endpoint.takesBody()) {
                continue;
            }
            for (String body : ODD) {
                Http.Answer answer = send(endpoint, UUID.randomUUID().toString(), body);
                if (answer.status() >= 500) {
                    failures.add(endpoint + " with " + abbreviate(body) + " → " + answer);
                }
                if (answer.status() < 300) {
                    accepted.add(endpoint + " with " + abbreviate(body) + " → " + answer);
                }
            }
        }
        assertThat(failures).isEmpty();
        Map<String, String> after = storedRecords();
        List<String> changed = before.keySet().stream().filter(list -> !before.get(list).equals(after.get(list)))
                .toList();
        // Odd input may be valid: only a request that was answered 2xx may have stored something.
        assertThat(changed.size()).as("lists changed %s by accepted requests %s", changed, accepted)
                .isLessThanOrEqualTo(accepted.size());
    }

    @Test
    void shouldRefuseBadIdsAndQueriesWithoutServerErrors() {
        Map<String, String> before = storedRecords();
        List<String> failures = new ArrayList<>();
        String query = "?limit=-1&cursor=%27%20OR%201%3D1%20--&sort=%3Bdrop&createdFrom=notadate&to=2026-02-30"
                + "&from=yesterday&timeZone=Mars%2FOlympus&status=%3Cscript%3E&q=%27%20OR%201%3D1";
        for (Endpoint endpoint : endpoints) {
            if (endpoint.isStream()) {
                continue;
            }
            if (endpoint.path().contains("{")) {
                Http.Answer badId = send(endpoint, "not-a-uuid", endpoint.takesBody() ? "{}" : null);
                if (badId.status() < 400 || badId.status() >= 500) {
                    failures.add(endpoint + " with a bad id → " + badId);
                }
            }
            if (endpoint.method().equals("GET")) {
                Http.Answer odd = Http.sendRaw("GET", endpoint.url(e2e, UUID.randomUUID().toString()) + query,
                        workspace.admin.token(), null, null);
                E2eSummary.REQUESTS_FUZZED.incrementAndGet();
                if (odd.status() >= 500) {
                    failures.add(endpoint + " with hostile query → " + odd);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(storedRecords()).as("what the workspace's lists show").isEqualTo(before);
    }

    /**
     * What every list of the workspace shows, read through each service's own GET endpoints without path
     * parameters: the number of items, or the whole answer when it is not a list.
     */
    private static Map<String, String> storedRecords() {
        Map<String, String> lists = new java.util.TreeMap<>();
        for (Endpoint endpoint : endpoints) {
            if (!endpoint.method().equals("GET") || endpoint.path().contains("{") || endpoint.isStream()) {
                continue;
            }
            Http.Answer answer = Http.send("GET", endpoint.url(e2e, "") + "?limit=500", workspace.admin.token(), null);
            JsonNode json = answer.json();
            JsonNode items = json.isArray() ? json : json.path("items");
            lists.put(endpoint.toString(), answer.status() + " " + (items.isArray() ? items.size() + " items"
                    : answer.text()));
        }
        return lists;
    }

    private Http.Answer send(Endpoint endpoint, String id, String body) {
        E2eSummary.REQUESTS_FUZZED.incrementAndGet();
        String url = endpoint.isPublic() ? endpoint.url(e2e, id).replace("/public/" + id, "/public/" + workspace.slug)
                : endpoint.url(e2e, id);
        return Http.sendRaw(endpoint.method(), url, workspace.admin.token(), body, null);
    }

    private static String nested(int depth) {
        return "{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    private static String abbreviate(String body) {
        return body.length() > 80 ? body.substring(0, 80) + "…" : body;
    }
}
