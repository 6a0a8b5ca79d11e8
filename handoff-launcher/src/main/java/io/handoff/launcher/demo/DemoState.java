package io.handoff.launcher.demo;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The ids of what the demo seed created, kept in .handoff/demo.json so that a second {@code up} reuses them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DemoState(Workspace workspace, List<User> users, List<EventType> eventTypes, String availability) {

    /** Availability was set for every host. */
    public static final String AVAILABILITY_SET = "SET";
    /** The scheduling service has no availability endpoint yet; the next {@code up} tries again. */
    public static final String AVAILABILITY_SKIPPED = "SKIPPED";

    public DemoState {
        users = users == null ? List.of() : List.copyOf(users);
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
    }

    public static DemoState empty() {
        return new DemoState(null, List.of(), List.of(), null);
    }

    public Optional<User> user(String email) {
        return users.stream().filter(u -> u.email().equalsIgnoreCase(email)).findFirst();
    }

    public Optional<EventType> eventType(String name) {
        return eventTypes.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public List<User> usersOfKind(String kind) {
        return users.stream().filter(u -> u.kind().equals(kind)).toList();
    }

    @JsonIgnore
    public boolean availabilitySet() {
        return AVAILABILITY_SET.equals(availability);
    }

    public DemoState withWorkspace(Workspace newWorkspace) {
        return new DemoState(newWorkspace, users, eventTypes, availability);
    }

    /** Adds the user, replacing an entry with the same email. */
    public DemoState withUser(User user) {
        List<User> updated = new ArrayList<>(users);
        updated.removeIf(u -> u.email().equalsIgnoreCase(user.email()));
        updated.add(user);
        return new DemoState(workspace, updated, eventTypes, availability);
    }

    public DemoState withEventType(EventType eventType) {
        List<EventType> updated = new ArrayList<>(eventTypes);
        updated.removeIf(e -> e.name().equals(eventType.name()));
        updated.add(eventType);
        return new DemoState(workspace, users, updated, availability);
    }

    public DemoState withAvailability(String newAvailability) {
        return new DemoState(workspace, users, eventTypes, newAvailability);
    }

    /** The demo workspace. */
    public record Workspace(String id, String slug, String name) {
    }

    /** A demo user; {@code kind} says what the user does in the demo: admin, manager, setter or closer. */
    public record User(String name, String email, String timeZone, String role, String kind, String id) {

        public User withId(String newId) {
            return new User(name, email, timeZone, role, kind, newId);
        }
    }

    /** A demo event type with its kind (DISCOVERY or STRATEGY). */
    public record EventType(String name, String kind, String id) {
    }
}
