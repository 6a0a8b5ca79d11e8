package io.handoff.launcher.platform;

import io.handoff.launcher.process.Ports;

/** Refuses to start a component whose port some other program already holds, instead of failing obscurely later. */
final class PortGuard {

    private PortGuard() {
    }

    static void requireFree(Component component, String host) {
        if (Ports.isOpen(host, component.port())) {
            throw new PlatformException(component.name() + " cannot start: port " + component.port()
                    + " is already in use by a process ./handoff did not start (stop it, or choose another port"
                    + " with the environment variable listed in ./handoff help).");
        }
    }
}
