package io.handoff.launcher.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.handoff.launcher.cli.CommandLine;
import io.handoff.launcher.cli.MailCommand;
import io.handoff.launcher.platform.MailCatcherProcess;
import io.handoff.launcher.platform.Platform;
import io.handoff.launcher.platform.PlatformConfig;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mail catcher as ./handoff up runs it (a detached JVM), fed over SMTP and read back by ./handoff mail. */
class MailCatcherTest {

    @TempDir
    Path home;

    private PlatformConfig config;
    private MailCatcherProcess catcher;

    @BeforeEach
    void startCatcher() throws IOException {
        config = PlatformConfig.fromEnvironment(Path.of(".."), Map.of("HANDOFF_HOME", home.toString(),
                "HANDOFF_SMTP_PORT", Integer.toString(freePort())));
        config.layout().create();
        catcher = new Platform(config).mail();
        assertThat(catcher.start()).isTrue();
        catcher.awaitHealthy(Duration.ofSeconds(60));
    }

    @AfterEach
    void stopCatcher() {
        catcher.stop(Duration.ofSeconds(10));
    }

    @Test
    void shouldKeepWhatArrivesOverSmtpForTheMailCommand() throws Exception {
        send("mia@demo.handoff.dev", "New qualified lead: Lee", "Lee (lee@example.com) qualified.\nCall them.");
        send("sam@demo.handoff.dev, kim@demo.handoff.dev", "Reminder: strategy call at 10:00", "See you soon.");

        String list = mail();
        assertThat(list).contains("RECEIVED").contains("TO").contains("SUBJECT");
        assertThat(list.lines().filter(l -> l.matches(" +1  .*mia@demo\\.handoff\\.dev +New qualified lead: Lee")))
                .hasSize(1);
        // One message to two people is one message, not one per mailbox.
        assertThat(list).contains("2 messages in " + home.resolve("mail"));
        assertThat(list.lines().filter(l -> l.contains("Reminder: strategy call at 10:00")))
                .singleElement().asString().contains("sam@demo.handoff.dev, kim@demo.");
        assertThat(mail("2")).contains("To:       sam@demo.handoff.dev, kim@demo.handoff.dev");

        String one = mail("1");
        assertThat(one).contains("From:     Handoff <notifications@handoff.local>")
                .contains("To:       mia@demo.handoff.dev")
                .contains("Subject:  New qualified lead: Lee")
                .contains("Lee (lee@example.com) qualified.\nCall them.")
                .contains(home.resolve("mail/00001.eml").toString());
    }

    @Test
    void shouldKeepTheArchiveAcrossARestartOfTheCatcher() throws Exception {
        send("ada@demo.handoff.dev", "Handoff brief: Lee", "Brief.");
        catcher.stop(Duration.ofSeconds(10));
        assertThat(catcher.start()).isTrue();
        catcher.awaitHealthy(Duration.ofSeconds(60));
        send("ada@demo.handoff.dev", "Handoff brief: Kai", "Brief.");

        assertThat(mail()).contains("Handoff brief: Lee").contains("Handoff brief: Kai")
                .contains("2 messages");
        assertThat(mail("2")).contains("Subject:  Handoff brief: Kai");
    }

    @Test
    void shouldSayWhereMailGoesWhenThereIsNoneYet() {
        assertThat(mail()).startsWith("No mail yet. The services send theirs to the mail catcher on smtp://"
                + config.smtpAddress());
    }

    private void send(String to, String subject, String text) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", config.host());
        properties.put("mail.smtp.port", Integer.toString(config.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("Handoff <notifications@handoff.local>"));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject);
        message.setText(text, "UTF-8");
        Transport.send(message);
    }

    private String mail(String... arguments) {
        String[] words = new String[arguments.length + 1];
        words[0] = "mail";
        System.arraycopy(arguments, 0, words, 1, arguments.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new MailCommand(config, new PrintStream(out, true, StandardCharsets.UTF_8))
                .run(CommandLine.parse(words));
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
