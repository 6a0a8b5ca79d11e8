package io.handoff.platform.web;

/** A client's value quoted back in a problem: cut short, and with control characters shown as escapes. */
final class Abbreviated {

    private static final int MAX = 40;

    private Abbreviated() {
    }

    static String of(String value) {
        String cut = value.length() > MAX ? value.substring(0, MAX) + "…" : value;
        StringBuilder shown = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}
