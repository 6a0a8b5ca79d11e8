package io.handoff.launcher.platform;

import io.handoff.launcher.process.DetachedProcess;
import io.handoff.launcher.process.Executables;
import io.handoff.launcher.process.LogBanner;
import io.handoff.launcher.process.LogTail;
import io.handoff.launcher.process.PidFile;
import io.handoff.launcher.process.ProcessControl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL from the zonky binaries, started with pg_ctl: the server detaches itself and runs on after this JVM
 * exits, and its own postmaster.pid serves as pid file.
 */
public final class PostgresProcess implements Component {

    private static final long PG_CTL_TIMEOUT_SECONDS = 120;
    private static final Duration IMMEDIATE_SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private final PlatformConfig config;
    private final Path dataDir;

    public PostgresProcess(PlatformConfig config) {
        this.config = config;
        this.dataDir = config.layout().postgresData();
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public int port() {
        return config.postgresPort();
    }

    @Override
    public Path logFile() {
        return config.layout().logFile(name());
    }

    @Override
    public Optional<ProcessHandle> process() {
        return ProcessControl.find(PidFile.read(dataDir.resolve("postmaster.pid")), dataDir.toString());
    }

    @Override
    public boolean isHealthy() {
        return PostgresDatabases.canConnect(config);
    }

    @Override
    public boolean start() {
        if (isRunning()) {
            return false;
        }
        PortGuard.requireFree(this, config.host());
        Path bin = PostgresBinaries.ensureUnpacked(config.layout().binaries()).resolve("bin");
        LogBanner.write(logFile(), "starting postgres");
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            pgTool(bin, "initdb", List.of("-D", dataDir.toString(), "-U", PlatformConfig.DATABASE_USER,
                    "-A", "trust", "-E", "UTF8", "--locale=C"));
        }
        String serverOptions = "-p " + port() + " -c listen_addresses=" + config.host() + " -c max_connections=300";
        pgTool(bin, "pg_ctl", List.of("-D", dataDir.toString(), "-l", logFile().toString(),
                "-o", serverOptions, "-w", "-t", "90", "start"));
        return true;
    }

    @Override
    public boolean stop(Duration grace) {
        return process().map(postmaster -> {
            // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
            if (ProcessControl.signal(postmaster, "INT", grace)) {
                return true;
            }
            if (!ProcessControl.signal(postmaster, "QUIT", IMMEDIATE_SHUTDOWN_WAIT)) {
                ProcessControl.kill(postmaster);
            }
            return false;
        }).orElse(true);
    }

    @Override
    public void kill() {
        process().ifPresent(ProcessControl::kill);
    }

    /**
     * Runs initdb or pg_ctl. Both refuse to run as root; under {@code unshare -U} root is mapped to an
     * unprivileged user in a fresh user namespace, while files still belong to root outside it.
     */
    private void pgTool(Path bin, String tool, List<String> arguments) {
        List<String> command = new ArrayList<>();
        if (Executables.runningAsRoot()) {
            if (!Executables.onPath("unshare")) {
                throw new PlatformException("PostgreSQL will not run as root, and 'unshare' (util-linux) is not"
                        + " installed to work around it: install util-linux or run ./handoff as a normal user.");
            }
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(arguments);
        try {
            int exit = DetachedProcess.run(command, config.layout().run(), logFile(),
                    PG_CTL_TIMEOUT_SECONDS);
            if (exit != 0) {
                throw new PlatformException(tool + " failed (exit " + exit + "). Last lines of " + logFile() + ":\n"
                        + String.join("\n", LogTail.lastLines(logFile(), 20)));
            }
        } catch (IOException e) {
            throw new PlatformException(tool + " could not run: " + e.getMessage(), e);
        }
    }
}
