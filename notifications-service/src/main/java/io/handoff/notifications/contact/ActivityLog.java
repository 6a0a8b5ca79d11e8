package io.handoff.notifications.contact;

import io.handoff.directory.Directory;
import io.handoff.events.Actor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Keeps the recent history of contacts as short lines, naming the members who acted. */
@ApplicationScoped
public class ActivityLog {

    @Inject
    Directory directory;

    /** Runs inside the caller's transaction. */
    public Uni<Void> record(UUID workspaceId, UUID contactId, Instant at, String summary) {
        ContactActivity a = new ContactActivity();
        a.id = UUID.randomUUID();
        a.workspaceId = workspaceId;
        a.contactId = contactId;
        a.occurredAt = at;
        a.summary = summary;
        return Panache.getSession().chain(session -> session.persist(a));
    }

    /** Newest first. */
    public Uni<List<ContactActivity>> latest(UUID workspaceId, UUID contactId, int limit) {
        return ContactActivity.<ContactActivity>find("workspaceId = ?1 and contactId = ?2 order by occurredAt desc, id",
                workspaceId, contactId).range(0, limit - 1).list();
    }

    /** The member's name, or a neutral word for someone this service has not heard of. */
    public Uni<String> nameOf(UUID workspaceId, UUID userId) {
        if (userId == null) {
            return Uni.createFrom().item("someone");
        }
        return directory.findUser(workspaceId, userId).map(u -> u == null ? "a former member" : u.name);
    }

    /** " by Sam Setter" when a member acted, nothing for the system or the contact. */
    public Uni<String> byActor(UUID workspaceId, Actor actor) {
        if (actor == null || !Actor.USER.equals(actor.kind()) || actor.userId() == null) {
            return Uni.createFrom().item("");
        }
        return nameOf(workspaceId, actor.userId()).map(name -> " by " + name);
    }
}
