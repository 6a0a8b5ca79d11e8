package io.handoff.contacts.note;

import io.handoff.platform.problem.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The note format: bold, italic, underline, bullet and numbered lists, paragraphs, line breaks and
 * http(s) links. Everything else (scripts, styles, event handlers, other tags and protocols) is removed;
 * the visible text may be at most 1,500 characters.
 */
public final class NoteText {

    public static final int MAX_VISIBLE = 1500;

    private static final Safelist ALLOWED = Safelist.none()
            .addTags("b", "strong", "i", "em", "u", "ul", "ol", "li", "p", "br", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private NoteText() {
    }

    /** The cleaned HTML; 400 when nothing visible remains or the visible text is too long. */
    public static String clean(String html, String field) {
        String cleaned = Jsoup.clean(html == null ? "" : html, "", ALLOWED, COMPACT);
        int visible = visibleText(cleaned).length();
        if (visible == 0) {
            throw Problems.invalid(field, "has no visible text");
        }
        if (visible > MAX_VISIBLE) {
            throw Problems.invalid(field, "has " + visible + " visible characters; at most " + MAX_VISIBLE + " are allowed");
        }
        return cleaned;
    }

    public static String visibleText(String html) {
        return Jsoup.parse(html).text();
    }
}
