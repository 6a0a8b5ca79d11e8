package io.handoff.launcher.platform;

import io.handoff.launcher.process.DetachedProcess;
import io.handoff.launcher.process.LogBanner;
import io.handoff.launcher.process.LogTail;
import io.handoff.launcher.process.PidFile;
import io.handoff.launcher.process.ProcessControl;
import io.handoff.launcher.process.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.Uuid;

/** A single-node KRaft Kafka broker in a JVM of its own, its storage formatted on the first start. */
public final class KafkaProcess implements Component {

    private static final long FORMAT_TIMEOUT_SECONDS = 120;

    private final PlatformConfig config;
    private final Path serverProperties;

    public KafkaProcess(PlatformConfig config) {
        this.config = config;
        this.serverProperties = KafkaServerConfig.serverPropertiesFile(config);
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public int port() {
        return config.kafkaPort();
    }

    @Override
    public Path logFile() {
        return config.layout().logFile(name());
    }

    @Override
    public Optional<ProcessHandle> process() {
        return ProcessControl.find(PidFile.read(config.layout().pidFile(name())), serverProperties.toString());
    }

    @Override
    public boolean isHealthy() {
        return Ports.isOpen(config.host(), port()) && KafkaTopics.brokerReady(config);
    }

    @Override
    public boolean start() {
        if (isRunning()) {
            return false;
        }
        PortGuard.requireFree(this, config.host());
        try {
            // Rewritten at every start so that changed ports (HANDOFF_KAFKA_PORT) take effect.
            Files.createDirectories(config.layout().kafkaHome());
            Files.writeString(serverProperties, KafkaServerConfig.serverProperties(config), StandardCharsets.UTF_8);
            Files.writeString(KafkaServerConfig.log4j2File(config), KafkaServerConfig.log4j2Properties(),
                    StandardCharsets.UTF_8);
            LogBanner.write(logFile(), "starting kafka");
            if (!Files.exists(config.layout().kafkaHome().resolve("meta.properties"))) {
                format();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start kafka", e);
        }
        DetachedComponents.launch(config, name(), java("kafka.Kafka", serverProperties.toString()), Map.of(),
                logFile());
        return true;
    }

    @Override
    public boolean stop(Duration grace) {
        return DetachedComponents.stop(config, name(), process(), grace);
    }

    @Override
    public void kill() {
        DetachedComponents.kill(config, name(), process());
    }

    /** Gives the empty log directory a cluster id and the KRaft metadata a single-node broker needs to start. */
    private void format() throws IOException {
        List<String> command = java("kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", serverProperties.toString());
        int exit = DetachedProcess.run(command, config.layout().run(), logFile(), FORMAT_TIMEOUT_SECONDS);
        if (exit != 0) {
            throw new PlatformException("formatting the Kafka storage failed (exit " + exit + "). Last lines of "
                    + logFile() + ":\n" + String.join("\n", LogTail.lastLines(logFile(), 20)));
        }
    }

    private List<String> java(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(config.java().toString());
        command.addAll(config.kafkaJvmOptions());
        command.add("-Dlog4j2.configurationFile=" + KafkaServerConfig.log4j2File(config));
        command.add("-cp");
        command.add(config.kafkaClasspath());
        command.add(mainClass);
        command.addAll(List.of(arguments));
        return command;
    }
}
