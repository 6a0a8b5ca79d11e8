package io.handoff.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * A real SMTP server (GreenMail) in the test JVM, started on a free port for the service's mailer; tests read
 * the messages it received, decoded as a mail client would.
 */
public final class MailServer implements QuarkusTestResourceLifecycleManager {

    /** One received email: who it went to, its subject and its plain text, as decoded from the MIME message. */
    public record Mail(List<String> to, String from, String subject, String text) {
    }

    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        GreenMail smtp = server();
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(smtp.getSmtp().getPort()),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.from", "Handoff <notifications@handoff.test>");
    }

    @Override
    public void stop() {
        // Lives as long as the JVM, like the rest of the infrastructure: test classes share it.
    }

    static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Every message received so far for this address (case-insensitive). */
    static List<Mail> to(String address) {
        return Arrays.stream(server().getReceivedMessages()).map(MailServer::read)
                .filter(m -> m.to().stream().anyMatch(address::equalsIgnoreCase)).toList();
    }

    /** Waits until a message to the address whose subject starts so has arrived, and returns it. */
    static Mail awaitOne(String address, String subjectStart) {
        return awaitAll(address, m -> m.subject().startsWith(subjectStart), 1).get(0);
    }

    static List<Mail> awaitAll(String address, Predicate<Mail> matching, int atLeast) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> to(address).stream().filter(matching).toList(),
                found -> found.size() >= atLeast);
    }

    private static Mail read(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            List<String> to = recipients == null ? List.of() : Arrays.stream(recipients).map(Address::toString).toList();
            return new Mail(to, message.getFrom()[0].toString(), message.getSubject(), text(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable message", e);
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text.replace("\r\n", "\n");
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Part child = multipart.getBodyPart(i);
                if (child.isMimeType("text/plain") || child.isMimeType("multipart/*")) {
                    return text(child);
                }
            }
        }
        return "";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
