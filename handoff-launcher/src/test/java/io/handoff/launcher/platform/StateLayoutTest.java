package io.handoff.launcher.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StateLayoutTest {

    @Test
    void shouldDeleteTheWholeStateFolderAndToleratePassingTwice(@TempDir Path dir) throws Exception {
        StateLayout layout = new StateLayout(dir.resolve("bench-platform"));
        layout.create();
        Files.writeString(layout.logFile("kafka"), "started");
        Files.writeString(layout.keys().resolve("public.pem"), "key");
        Path sibling = Files.writeString(dir.resolve("keep.txt"), "not ours");

        layout.deleteAll();
        layout.deleteAll();

        assertThat(layout.base()).doesNotExist();
        assertThat(sibling).exists();
    }
}
