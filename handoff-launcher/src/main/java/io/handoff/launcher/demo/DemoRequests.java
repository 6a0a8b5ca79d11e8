package io.handoff.launcher.demo;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The JSON bodies the demo seed sends; field names are the services' public API, unknown fields are a 400 there. */
final class DemoRequests {

    private DemoRequests() {
    }

    record CreateWorkspace(String name, String slug, String currency, String timeZone, String plan, NewAdmin admin) {
    }

    record NewAdmin(String name, String email, String timeZone) {
    }

    record CreateUser(String name, String email, String timeZone, String role) {
    }

    record Availability(String timeZone, List<WeeklyHours> weekly, int bufferBeforeMinutes, int bufferAfterMinutes,
            int minimumNoticeMinutes, int maxCallsPerDay) {
    }

    record WeeklyHours(String day, String start, String end) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CreateEventType(String name, String kind, int durationMinutes, String assignment, List<Host> hosts,
            List<Question> questions, List<DisqualificationRule> disqualificationRules,
            Boolean requiresApprovedDiscovery) {
    }

    record Host(String userId, int weight) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Question(String label, String type, boolean required, List<String> options) {
    }

    record DisqualificationRule(String question, List<String> values) {
    }
}
