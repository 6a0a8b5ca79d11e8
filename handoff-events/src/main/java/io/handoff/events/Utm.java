package io.handoff.events;

/** UTM tracking parameters as captured from the booking page's URL. */
public record Utm(String source, String medium, String campaign, String term, String content) {
}
