package io.handoff.contacts.owner;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a bulk assignment did: who got which contact, and how many each user got. */
public record AssignmentReport(List<Assignment> assignments, Map<UUID, Integer> countsByUser) {

    /** One contact given to one user. */
    public record Assignment(UUID contactId, UUID userId) {
    }
}
