package io.handoff.notifications.replicas;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) in the test JVM that both replicas send to; it keeps every message. */
final class MailCatcher implements AutoCloseable {

    /** One received message: its recipient, its sender (which names the replica) and its subject. */
    record Mail(String to, String from, String subject) {
    }

    private final GreenMail server;

    private MailCatcher(int port) {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    static MailCatcher start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            socket.close();
            return new MailCatcher(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getSmtp().getPort();
    }

    List<Mail> received() {
        return Arrays.stream(server.getReceivedMessages()).map(MailCatcher::read).toList();
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(message.getAllRecipients()[0].toString(), message.getFrom()[0].toString(),
                    message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable message", e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
