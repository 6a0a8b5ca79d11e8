package io.handoff.bench.scenario;

import io.handoff.launcher.demo.ApiClient;
import io.handoff.launcher.demo.ApiResponse;
import io.handoff.launcher.token.DevTokens;
import io.handoff.launcher.token.Role;
import io.handoff.launcher.token.TokenSubject;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The sales team the scenarios work with, set up through the public API like a customer would: an admin, a setter,
 * 20 closers available 07:00–21:00 UTC every day, a discovery event type whose booking form qualifies every lead,
 * and a 15-minute strategy call assigned round robin over the 20 closers.
 */
public final class BenchTeam {

    public static final int CLOSERS = 20;

    public final String slug;
    public final String adminToken;
    public final String setterToken;
    public final String discoveryId;
    public final String strategyId;
    public final String approvedStageId;

    private BenchTeam(String slug, String adminToken, String setterToken, String discoveryId, String strategyId,
                      String approvedStageId) {
        this.slug = slug;
        this.adminToken = adminToken;
        this.setterToken = setterToken;
        this.discoveryId = discoveryId;
        this.strategyId = strategyId;
        this.approvedStageId = approvedStageId;
    }

    /** {@code services} maps a service name and a path to a URL. */
    public static BenchTeam open(ApiClient api, DevTokens tokens, ServiceUrls urls) {
        String slug = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        UnaryOperator<String> contacts = path -> urls.api("contacts-service", path);
        UnaryOperator<String> scheduling = path -> urls.api("scheduling-service", path);
        ApiResponse workspace = api.exchange("POST", contacts.apply("/workspaces"), tokens.operator(), Map.of(
                "name", "Bench " + slug, "slug", slug, "currency", "USD", "timeZone", "Europe/Berlin",
                "plan", "ENTERPRISE", "speedToLeadSlaMinutes", 60,
                "admin", Map.of("name", "Ada Admin", "email", "admin@" + slug + ".test", "timeZone", "UTC")));
        String workspaceId = workspace.text("id");
        String admin = tokens.mint(TokenSubject.member(workspaceId, workspace.body().path("admin").path("id").asText(),
                Role.ADMIN, "admin@" + slug + ".test"));
        String setterId = addUser(api, contacts, admin, slug, "Sam Setter");
        List<Map<String, Object>> hosts = new ArrayList<>();
        for (int i = 1; i <= CLOSERS; i++) {
            String closerId = addUser(api, contacts, admin, slug, "Closer " + i);
            setAvailability(api, scheduling, admin, closerId);
            hosts.add(Map.of("userId", closerId, "weight", 1));
        }
        setAvailability(api, scheduling, admin, setterId);
        String discovery = api.exchange("POST", scheduling.apply("/event-types"), admin, Map.of(
                "name", "Discovery Call", "kind", "DISCOVERY", "durationMinutes", 15, "assignment", "ROUND_ROBIN",
                "hosts", List.of(Map.of("userId", setterId, "weight", 1)), "questions", List.of(),
                "disqualificationRules", List.of())).text("id");
        String strategy = api.exchange("POST", scheduling.apply("/event-types"), admin, Map.of(
                "name", "Strategy Call", "kind", "STRATEGY", "durationMinutes", 15, "assignment", "ROUND_ROBIN",
                "hosts", hosts, "questions", List.of(), "disqualificationRules", List.of(),
                "requiresApprovedDiscovery", false)).text("id");
        String approved = api.exchange("GET", contacts.apply("/stages"), admin, null).items()
                .stream().filter(stage -> stage.path("name").asText().equals("Approved")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Approved stage")).path("id").asText();
        String setter = tokens.mint(TokenSubject.member(workspaceId, setterId, Role.USER,
                "sam.setter@" + slug + ".test"));
        return new BenchTeam(slug, admin, setter, discovery, strategy, approved);
    }

    private static String addUser(ApiClient api, UnaryOperator<String> contacts, String admin, String slug,
                                  String name) {
        return api.exchange("POST", contacts.apply("/users"), admin, Map.of("name", name,
                "email", name.toLowerCase().replace(' ', '.') + "@" + slug + ".test", "timeZone", "UTC",
                "role", "USER")).text("id");
    }

    /**
     * scheduling-service hears of a new user through Kafka a moment after contacts-service created it; its 404
     * problem until then is expected and waited out without a log line per retry.
     */
    private static void setAvailability(ApiClient api, UnaryOperator<String> scheduling, String admin,
            String userId) {
        api.exchange("PUT", scheduling.apply("/hosts/" + userId + "/availability"), admin, availability(), null,
                response -> false, response -> response.status() == 404 && response.isProblem(),
                "scheduling-service to learn of user " + userId);
    }

    private static Map<String, Object> availability() {
        List<Map<String, String>> weekly = Arrays.stream(DayOfWeek.values())
                .map(day -> Map.of("day", day.name(), "start", "07:00", "end", "21:00")).toList();
        return Map.of("timeZone", "UTC", "weekly", weekly, "bufferBeforeMinutes", 0, "bufferAfterMinutes", 0,
                "minimumNoticeMinutes", 0, "maxCallsPerDay", 100);
    }

    /** Where the services answer. */
    @FunctionalInterface
    public interface ServiceUrls {
        /** The URL of {@code /api/v1 + path} on the service. */
        String api(String service, String path);
    }
}
