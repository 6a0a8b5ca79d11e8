package io.handoff.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoStateFileTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadBackWhatItWrote() {
        DemoStateFile file = new DemoStateFile(dir.resolve("demo.json"));
        DemoState state = DemoState.empty()
                .withWorkspace(new DemoState.Workspace("ws-1", "demo", "Demo Sales"))
                .withUser(DemoPlan.ADMIN.withId("user-1"))
                .withUser(DemoPlan.MEMBERS.get(1).withId("user-2"))
                .withEventType(new DemoState.EventType("Discovery Call", "DISCOVERY", "et-1"))
                .withAvailability(DemoState.AVAILABILITY_SKIPPED);

        file.write(state);

        assertThat(file.read()).contains(state);
    }

    @Test
    void shouldReportNoStateWhenFileIsMissing() {
        assertThat(new DemoStateFile(dir.resolve("absent.json")).read()).isEmpty();
    }

    @Test
    void shouldReplaceUserWithSameEmailIgnoringCase() {
        DemoState state = DemoState.empty()
                .withUser(DemoPlan.ADMIN.withId("old"))
                .withUser(new DemoState.User("Ada Admin", "ADA@demo.handoff.dev", "UTC", "ADMIN", "admin", "new"));

        assertThat(state.users()).singleElement().extracting(DemoState.User::id).isEqualTo("new");
    }

    @Test
    void shouldTellWhetherAvailabilityWasSet() {
        assertThat(DemoState.empty().availabilitySet()).isFalse();
        assertThat(DemoState.empty().withAvailability(DemoState.AVAILABILITY_SET).availabilitySet()).isTrue();
    }
}
