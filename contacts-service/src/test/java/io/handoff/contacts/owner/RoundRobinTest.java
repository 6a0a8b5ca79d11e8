package io.handoff.contacts.owner;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The rotation of bulk round robin, without a database: it continues after the last user assigned. */
class RoundRobinTest {

    private final UUID ann = UUID.randomUUID();
    private final UUID ben = UUID.randomUUID();
    private final UUID cat = UUID.randomUUID();
    private final List<UUID> users = List.of(ann, ben, cat);

    @Test
    void shouldStartWithTheFirstUserWhenNobodyWasAssignedYet() {
        assertThat(RoundRobin.turns(users, null, 4)).containsExactly(ann, ben, cat, ann);
    }

    @Test
    void shouldContinueWithTheUserAfterTheLastOneAssigned() {
        assertThat(RoundRobin.turns(users, ann, 1)).containsExactly(ben);
        assertThat(RoundRobin.turns(users, cat, 2)).containsExactly(ann, ben);
    }

    @Test
    void shouldStartWithTheFirstUserWhenTheLastOneIsNotAmongThem() {
        assertThat(RoundRobin.turns(List.of(ben, cat), ann, 3)).containsExactly(ben, cat, ben);
    }
}
