package io.handoff.deals.inbound;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where payment notifications come from. Stripe signs its events its own way; Zapier, Make and custom senders
 * post Handoff's generic payment JSON signed with {@link HandoffSignature}.
 */
public enum Provider {
    STRIPE, ZAPIER, MAKE, CUSTOM;

    public static final String PATTERN = "stripe|zapier|make|custom";

    /** The provider a lower-case name (as in paths and JSON) stands for, if any. */
    public static Optional<Provider> of(String name) {
        return Arrays.stream(values()).filter(p -> p.path().equals(name)).findFirst();
    }

    /** The lower-case name used in paths, JSON and the database. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }
}
