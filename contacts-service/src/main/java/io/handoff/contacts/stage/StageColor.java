package io.handoff.contacts.stage;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Stage colors: any #RRGGBB, or a palette name that maps to a fixed hex value. */
public final class StageColor {

    public static final Map<String, String> PALETTE = Map.of(
            "gray", "#6B7280", "blue", "#3B82F6", "red", "#EF4444", "green", "#22C55E",
            "purple", "#A855F7", "orange", "#F97316", "yellow", "#EAB308", "pink", "#EC4899");
    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    private StageColor() {
    }

    /** The hex value for a palette name or hex code; empty when it is neither. */
    public static Optional<String> resolve(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (HEX.matcher(value).matches()) {
            return Optional.of(value.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(PALETTE.get(value.toLowerCase(Locale.ROOT)));
    }
}
