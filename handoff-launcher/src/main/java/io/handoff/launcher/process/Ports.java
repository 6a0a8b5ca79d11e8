package io.handoff.launcher.process;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Tells whether something accepts TCP connections on a port. */
public final class Ports {

    private static final int CONNECT_TIMEOUT_MILLIS = 300;

    private Ports() {
    }

    public static boolean isOpen(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
