package io.handoff.notifications.webhook;

import java.util.regex.Pattern;

/**
 * Hosts that are numbers but not plain dotted-decimal IPv4. Parsers disagree about them: Java reads
 * {@code 0177.0.0.1} as 177.0.0.1, while browsers, curl and libc (inet_aton) read the leading zero as octal,
 * 127.0.0.1; {@code 0x7f.1}, {@code 127.1} and {@code 2130706433} are loopback too for most software. A check
 * that reads an address one way while a proxy or a later library reads it the other way is no check, so such
 * hosts are refused outright, whatever they would resolve to.
 */
final class NumericHosts {

    /** The WHATWG URL standard's "ends in a number": a last label of digits, or 0x and hex digits. */
    private static final Pattern NUMBER = Pattern.compile("[0-9]+|0[xX][0-9a-fA-F]*");
    private static final Pattern DECIMAL_OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");

    private NumericHosts() {
    }

    /** True when the host would be read as an IPv4 address by some parser, yet is not in canonical form. */
    static boolean isAmbiguous(String host) {
        if (host.startsWith("[")) {
            return false; // IPv6 literal: one reading only
        }
        String[] labels = host.split("\\.", -1);
        String last = labels[labels.length - 1];
        if (last.isEmpty() && labels.length > 1) {
            last = labels[labels.length - 2]; // a trailing dot still ends in a number
        }
        return NUMBER.matcher(last).matches() && !isDottedDecimal(labels);
    }

    private static boolean isDottedDecimal(String[] labels) {
        if (labels.length != 4) {
            return false;
        }
        for (String label : labels) {
            if (!DECIMAL_OCTET.matcher(label).matches() || Integer.parseInt(label) > 255) {
                return false;
            }
        }
        return true;
    }
}
