package io.handoff.launcher.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The folder where the mail catcher keeps every message it received, one numbered {@code .eml} file each
 * (00001.eml, …), so that {@code ./handoff mail} can read them from another process, and after a restart.
 */
public final class MailArchive {

    /** The recipients of the SMTP envelope, written above the message: Bcc and To-less mail still say to whom. */
    static final String ENVELOPE_HEADER = "X-Handoff-Envelope-To";

    private static final Pattern FILE_NAME = Pattern.compile("(\\d+)\\.eml");
    private static final Session SESSION = Session.getInstance(new Properties());

    private final Path folder;

    public MailArchive(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Writes one received message under the next number; only the catcher writes, one message at a time. */
    public synchronized ArchivedMail store(MimeMessage message, Collection<String> envelopeTo) {
        try {
            Files.createDirectories(folder);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write((ENVELOPE_HEADER + ": " + String.join(", ", envelopeTo) + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            message.writeTo(bytes);
            int number = list().stream().mapToInt(ArchivedMail::number).max().orElse(0) + 1;
            Path file = folder.resolve(String.format("%05d.eml", number));
            // Written aside and moved in, so that a reader never sees half a message.
            Path partial = folder.resolve(file.getFileName() + ".partial");
            Files.write(partial, bytes.toByteArray());
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return summary(number, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive a message in " + folder, e);
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot write a received message", e);
        }
    }

    /** Every archived message, oldest first. */
    public List<ArchivedMail> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> {
                Matcher name = FILE_NAME.matcher(file.getFileName().toString());
                return name.matches() ? summary(Integer.parseInt(name.group(1)), file) : null;
            }).filter(m -> m != null).sorted(Comparator.comparingInt(ArchivedMail::number)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
    }

    public Optional<ArchivedMail> find(int number) {
        Path file = folder.resolve(String.format("%05d.eml", number));
        return Files.isRegularFile(file) ? Optional.of(summary(number, file)) : Optional.empty();
    }

    /** The message itself, parsed as a mail client would. */
    public static MimeMessage parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(SESSION, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (MessagingException e) {
            throw new IllegalStateException(file + " is not a readable message: " + e.getMessage(), e);
        }
    }

    private static ArchivedMail summary(int number, Path file) {
        MimeMessage message = parse(file);
        try {
            Instant received = Files.getLastModifiedTime(file).toInstant();
            String to = addresses(message.getRecipients(MimeMessage.RecipientType.TO));
            if (to.isEmpty()) {
                to = Optional.ofNullable(message.getHeader(ENVELOPE_HEADER, ", ")).orElse("");
            }
            String subject = Optional.ofNullable(message.getSubject()).orElse("(no subject)");
            return new ArchivedMail(number, received, addresses(message.getFrom()), to, subject, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (MessagingException e) {
            throw new IllegalStateException(file + " has unreadable headers: " + e.getMessage(), e);
        }
    }

    static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString)
                .collect(Collectors.joining(", "));
    }
}
