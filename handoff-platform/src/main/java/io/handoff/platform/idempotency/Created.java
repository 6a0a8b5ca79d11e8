package io.handoff.platform.idempotency;

/** What a creating POST answers: the new resource's location and its representation. */
public record Created(String location, Object body) {
}
