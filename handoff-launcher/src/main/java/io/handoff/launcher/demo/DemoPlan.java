package io.handoff.launcher.demo;

import io.handoff.launcher.demo.DemoRequests.Availability;
import io.handoff.launcher.demo.DemoRequests.CreateEventType;
import io.handoff.launcher.demo.DemoRequests.CreateUser;
import io.handoff.launcher.demo.DemoRequests.CreateWorkspace;
import io.handoff.launcher.demo.DemoRequests.DisqualificationRule;
import io.handoff.launcher.demo.DemoRequests.Host;
import io.handoff.launcher.demo.DemoRequests.NewAdmin;
import io.handoff.launcher.demo.DemoRequests.Question;
import io.handoff.launcher.demo.DemoRequests.WeeklyHours;

import java.util.List;
import java.util.stream.Stream;

/** What the demo workspace contains: an admin, a manager, two setters, two closers and two event types. */
public final class DemoPlan {

    public static final String SLUG = "demo";
    public static final String WORKSPACE_NAME = "Demo Sales";
    public static final String DISCOVERY = "Discovery Call";
    public static final String STRATEGY = "Strategy Call";

    public static final DemoState.User ADMIN =
            user("Ada Admin", "ada@demo.handoff.dev", "America/New_York", "ADMIN", "admin");
    /** The users the admin adds, in creation order. */
    public static final List<DemoState.User> MEMBERS = List.of(
            user("Mia Manager", "mia@demo.handoff.dev", "Europe/Berlin", "MANAGER", "manager"),
            user("Sam Setter", "sam@demo.handoff.dev", "America/New_York", "USER", "setter"),
            user("Sue Setter", "sue@demo.handoff.dev", "America/Los_Angeles", "USER", "setter"),
            user("Cole Closer", "cole@demo.handoff.dev", "Europe/Berlin", "USER", "closer"),
            user("Cleo Closer", "cleo@demo.handoff.dev", "America/New_York", "USER", "closer"));

    private static final String BUDGET = "Monthly budget";

    private DemoPlan() {
    }

    public static List<DemoState.User> allUsers() {
        return Stream.concat(Stream.of(ADMIN), MEMBERS.stream()).toList();
    }

    static CreateWorkspace workspace() {
        return new CreateWorkspace(WORKSPACE_NAME, SLUG, "USD", "America/New_York", "BUSINESS",
                new NewAdmin(ADMIN.name(), ADMIN.email(), ADMIN.timeZone()));
    }

    static CreateUser member(DemoState.User user) {
        return new CreateUser(user.name(), user.email(), user.timeZone(), user.role());
    }

    /** Weekdays 9 to 5 in the host's own time zone. */
    static Availability availability(DemoState.User host) {
        List<WeeklyHours> weekly = Stream.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
                .map(day -> new WeeklyHours(day, "09:00", "17:00"))
                .toList();
        return new Availability(host.timeZone(), weekly, 0, 10, 60, 8);
    }

    static CreateEventType discovery(List<DemoState.User> setters) {
        return new CreateEventType(DISCOVERY, "DISCOVERY", 30, "ROUND_ROBIN", hosts(setters),
                List.of(new Question("What is your biggest challenge?", "TEXT", true, null),
                        new Question(BUDGET, "SINGLE", true, List.of("Under $1k", "$1k-$5k", "Over $5k"))),
                List.of(new DisqualificationRule(BUDGET, List.of("Under $1k"))),
                null);
    }

    static CreateEventType strategy(List<DemoState.User> closers) {
        return new CreateEventType(STRATEGY, "STRATEGY", 45, "ROUND_ROBIN", hosts(closers),
                List.of(new Question("What do you want to achieve in the next 90 days?", "TEXT", true, null),
                        new Question("Team size", "SINGLE", false, List.of("Just me", "2-10", "More than 10"))),
                List.of(),
                false);
    }

    private static List<Host> hosts(List<DemoState.User> users) {
        return users.stream().map(u -> new Host(u.id(), 1)).toList();
    }

    private static DemoState.User user(String name, String email, String timeZone, String role, String kind) {
        return new DemoState.User(name, email, timeZone, role, kind, null);
    }
}
