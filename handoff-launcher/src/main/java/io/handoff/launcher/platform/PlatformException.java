package io.handoff.launcher.platform;

/** A problem the user can act on (a port taken, a jar missing, a process that died), with a readable message. */
public class PlatformException extends RuntimeException {

    public PlatformException(String message) {
        super(message);
    }

    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
