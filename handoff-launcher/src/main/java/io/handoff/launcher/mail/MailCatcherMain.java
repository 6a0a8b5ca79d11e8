package io.handoff.launcher.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local platform's SMTP server: GreenMail on loopback, accepting mail for any address without a login, and
 * keeping every message in a {@link MailArchive}. Runs detached ({@code java -cp … MailCatcherMain <port> <dir>}),
 * like the broker, so that it outlives {@code ./handoff up}.
 */
public final class MailCatcherMain {

    private MailCatcherMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: MailCatcherMain <smtp port> <archive folder>");
            System.exit(2);
        }
        MailCatcher catcher = MailCatcher.start(new ServerSetup(Integer.parseInt(args[0]), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP), new MailArchive(Path.of(args[1])));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            catcher.close();
            stopped.countDown();
        }));
        System.out.println("mail catcher listening on smtp://127.0.0.1:" + args[0] + ", keeping messages in "
                + args[1]);
        stopped.await();
    }

    /** GreenMail with a delivery hook that archives each message once, however many recipients it has. */
    public static final class MailCatcher implements AutoCloseable {

        private final GreenMail server;
        private final ScheduledExecutorService purger = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "mailbox-purger");
            thread.setDaemon(true);
            return thread;
        });

        private MailCatcher(GreenMail server) {
            this.server = server;
        }

        public static MailCatcher start(ServerSetup setup, MailArchive archive) {
            GreenMail server = new GreenMail(setup)
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
            UserManager users = server.getUserManager();
            MessageDeliveryHandler mailboxes = users.getMessageDeliveryHandler();
            // GreenMail delivers a message once per recipient; the archive wants it once.
            Set<MovingMessage> archived = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
            users.setMessageDeliveryHandler((message, recipient) -> {
                if (archived.add(message)) {
                    try {
                        ArchivedMail mail = archive.store(message.getMessage(),
                                message.getToAddresses().stream().map(MailAddress::getEmail).toList());
                        System.out.println("received #" + mail.number() + " to " + mail.to() + ": "
                                + mail.subject());
                    } catch (RuntimeException e) {
                        // Still accepted: a full disk should not make the services retry for hours.
                        System.out.println("could not archive a message: " + e);
                    }
                }
                return mailboxes.handle(message, recipient);
            });
            MailCatcher catcher = new MailCatcher(server);
            // The archive is what counts: empty GreenMail's in-memory mailboxes so a long run does not grow.
            catcher.purger.scheduleWithFixedDelay(catcher::purgeMailboxes, 1, 1, TimeUnit.MINUTES);
            return catcher;
        }

        public int port() {
            return server.getSmtp().getPort();
        }

        private void purgeMailboxes() {
            try {
                server.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                System.out.println("could not empty the in-memory mailboxes: " + e);
            }
        }

        @Override
        public void close() {
            purger.shutdownNow();
            server.stop();
        }
    }
}
