package io.handoff.launcher.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleUsersTest {

    @TempDir
    Path home;

    @Test
    void shouldListNoUsersBeforeTheFileExists() {
        assertThat(new ConsoleUsers(home.resolve("console-users.json")).read()).isEmpty();
    }

    @Test
    void shouldRenewTheTokenOfAUserAddedAgainAndKeepTheOthers() {
        ConsoleUsers users = new ConsoleUsers(home.resolve("nested/console-users.json"));
        users.add(entry("w1", "ada@x.test", "t1"));
        users.add(entry("w1", "sam@x.test", "t2"));
        users.add(entry("w2", "ada@x.test", "t3"));
        users.add(entry("w1", "ada@x.test", "t4"));

        assertThat(users.read()).extracting(e -> e.workspace() + "/" + e.email() + "=" + e.token())
                .containsExactlyInAnyOrder("w1/sam@x.test=t2", "w2/ada@x.test=t3", "w1/ada@x.test=t4");
    }

    @Test
    void shouldReplaceEveryoneWithTheDemoUsersOfANewSeed() {
        ConsoleUsers users = new ConsoleUsers(home.resolve("console-users.json"));
        users.add(entry("old", "ada@x.test", "t1"));
        users.replaceAll(List.of(entry("new", "ada@x.test", "t2")));

        assertThat(users.read()).containsExactly(entry("new", "ada@x.test", "t2"));
    }

    private static ConsoleUsers.Entry entry(String workspace, String email, String token) {
        return new ConsoleUsers.Entry("Ada", email, "ADMIN", "admin", workspace, "Demo", token);
    }
}
