package io.handoff.launcher.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The readable text of a message, as a terminal can show it: its plain part, else its HTML part, else a note. */
public final class MailText {

    private MailText() {
    }

    public static String of(Part message) {
        try {
            String plain = find(message, "text/plain");
            if (plain != null) {
                return plain;
            }
            String html = find(message, "text/html");
            return html != null ? html : "(no text part)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable message: " + e.getMessage(), e);
        }
    }

    private static String find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && part.getContent() instanceof String text) {
            return text.replace("\r\n", "\n");
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = find(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
