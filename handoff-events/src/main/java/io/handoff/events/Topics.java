package io.handoff.events;

import java.util.List;

/** The Kafka topics, one per owning service. */
public final class Topics {
    public static final String CONTACTS = "handoff.contacts";
    public static final String SCHEDULING = "handoff.scheduling";
    public static final String OUTCOMES = "handoff.outcomes";
    public static final String DEALS = "handoff.deals";
    public static final String NOTIFICATIONS = "handoff.notifications";

    public static final List<String> ALL = List.of(CONTACTS, SCHEDULING, OUTCOMES, DEALS, NOTIFICATIONS);

    private Topics() {
    }
}
