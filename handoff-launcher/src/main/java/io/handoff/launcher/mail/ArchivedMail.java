package io.handoff.launcher.mail;

import java.nio.file.Path;
import java.time.Instant;

/** One message in the archive, as {@code ./handoff mail} lists it: its number, when it arrived, to whom, what. */
public record ArchivedMail(int number, Instant received, String from, String to, String subject, Path file) {
}
