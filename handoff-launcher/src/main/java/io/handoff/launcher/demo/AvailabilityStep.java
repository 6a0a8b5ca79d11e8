package io.handoff.launcher.demo;

import io.handoff.launcher.demo.DemoState.User;
import io.handoff.launcher.platform.Progress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/** Gives every demo host weekday office hours, or skips with a warning while scheduling-service lacks the endpoint. */
final class AvailabilityStep {

    private static final Pattern AVAILABILITY_PATH = Pattern.compile(".*/hosts/\\{[^/]+}/availability$");

    private final ApiClient api;
    private final String scheduling;
    private final Progress progress;

    AvailabilityStep(ApiClient api, String scheduling, Progress progress) {
        this.api = api;
        this.scheduling = scheduling;
        this.progress = progress;
    }

    DemoState apply(DemoState state, String adminToken) {
        if (!endpointListed()) {
            return skip(state, "its OpenAPI document has no /hosts/{userId}/availability");
        }
        List<User> hosts = new ArrayList<>(state.usersOfKind("setter"));
        hosts.addAll(state.usersOfKind("closer"));
        for (User host : hosts) {
            progress.report("setting weekday 09:00-17:00 availability of " + host.name() + " (" + host.timeZone()
                    + ")");
            // A 405, or a 404 that is not a problem document, means the route itself is missing; a 404 problem
            // means scheduling-service has not heard of the user yet (its copy comes through Kafka a moment
            // after contacts-service created it): waited out quietly, since nothing is wrong.
            ApiResponse answer = api.exchange("PUT", scheduling + "/hosts/" + host.id() + "/availability",
                    adminToken, DemoPlan.availability(host), null,
                    r -> r.status() == 405 || (r.status() == 404 && !r.isProblem()),
                    r -> r.status() == 404 && r.isProblem(),
                    "scheduling-service to learn of " + host.name() + " from contacts-service");
            if (!answer.isSuccess()) {
                return skip(state, "it answered " + answer.summary());
            }
        }
        return state.withAvailability(DemoState.AVAILABILITY_SET);
    }

    private DemoState skip(DemoState state, String why) {
        progress.report("WARNING: host availability skipped, scheduling-service does not offer it yet (" + why
                + "); the next ./handoff up tries again");
        return state.withAvailability(DemoState.AVAILABILITY_SKIPPED);
    }

    /** False only when the OpenAPI document is readable and lacks the route; without it, the PUT will tell. */
    private boolean endpointListed() {
        try {
            ApiResponse document = api.send("GET", scheduling.replace("/api/v1", "") + "/q/openapi?format=json",
                    null, null, null);
            if (!document.isSuccess() || !document.body().path("paths").isObject()) {
                return true;
            }
            for (Iterator<String> paths = document.body().path("paths").fieldNames(); paths.hasNext(); ) {
                if (AVAILABILITY_PATH.matcher(paths.next()).matches()) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
