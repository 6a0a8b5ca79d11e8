package io.handoff.launcher.cli;

import io.handoff.launcher.mail.ArchivedMail;
import io.handoff.launcher.mail.MailArchive;
import io.handoff.launcher.mail.MailText;
import io.handoff.launcher.platform.MailCatcherProcess;
import io.handoff.launcher.platform.Platform;
import io.handoff.launcher.platform.PlatformConfig;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code ./handoff mail [N]}: what the services sent to the mail catcher, as a list or one message whole. */
public final class MailCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final String ROW = "%4s  %-19s  %-32s  %s%n";

    private final PlatformConfig config;
    private final PrintStream out;

    public MailCommand(PlatformConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    public int run(CommandLine line) {
        MailCatcherProcess catcher = new Platform(config).mail();
        MailArchive archive = new MailArchive(catcher.archive());
        if (line.arguments().size() > 1) {
            throw new IllegalArgumentException("usage: ./handoff mail [N]");
        }
        if (line.arguments().size() == 1) {
            return show(archive, number(line.arguments().get(0)));
        }
        List<ArchivedMail> mails = archive.list();
        if (mails.isEmpty()) {
            out.println("No mail yet. The services send theirs to the mail catcher on smtp://" + config.smtpAddress()
                    + (catcher.isRunning() ? "" : " (not running: ./handoff up starts it)") + ", which keeps it in "
                    + archive.folder() + ".");
            return 0;
        }
        out.printf(ROW, "#", "RECEIVED", "TO", "SUBJECT");
        for (ArchivedMail mail : mails) {
            out.printf(ROW, mail.number(), TIME.format(mail.received()), shorten(mail.to(), 32), mail.subject());
        }
        out.println();
        out.println(mails.size() + (mails.size() == 1 ? " message" : " messages") + " in " + archive.folder()
                + "; ./handoff mail <#> shows one.");
        return 0;
    }

    private int show(MailArchive archive, int number) {
        ArchivedMail mail = archive.find(number).orElseThrow(() -> new IllegalArgumentException("no message #"
                + number + " in " + archive.folder() + " (./handoff mail lists them)"));
        out.println("From:     " + mail.from());
        out.println("To:       " + mail.to());
        out.println("Received: " + TIME.format(mail.received()));
        out.println("Subject:  " + mail.subject());
        out.println();
        out.println(MailText.of(MailArchive.parse(mail.file())).stripTrailing());
        out.println();
        out.println("(whole message: " + mail.file() + ")");
        return 0;
    }

    private static int number(String word) {
        try {
            return Integer.parseInt(word.startsWith("#") ? word.substring(1) : word);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("./handoff mail takes a message number, not '" + word + "'");
        }
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
