package io.handoff.directory;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.contacts.UserProfile;
import io.handoff.events.contacts.WorkspaceSettings;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Keeps the directory copy up to date from contacts-service's events. Each event carries the whole
 * current state, so applying it is an upsert and a replay converges to the same rows.
 */
@ApplicationScoped
public class DirectoryProjection {

    private static final Set<String> WORKSPACE_TYPES = Set.of(EventType.WORKSPACE_CREATED.type(),
            EventType.WORKSPACE_UPDATED.type());
    private static final Set<String> USER_TYPES = Set.of(EventType.USER_CREATED.type(), EventType.USER_UPDATED.type());

    /** The events the directory keeps. */
    public static final Set<EventType> TYPES = Collections.unmodifiableSet(EnumSet.of(EventType.WORKSPACE_CREATED,
            EventType.WORKSPACE_UPDATED, EventType.USER_CREATED, EventType.USER_UPDATED));

    /** The directory's types and the given ones: what a consumer that also keeps the directory handles. */
    public static Set<EventType> withDirectory(EventType... others) {
        EnumSet<EventType> types = EnumSet.copyOf(TYPES);
        types.addAll(Arrays.asList(others));
        return Collections.unmodifiableSet(types);
    }

    /** Whether this event is one the directory keeps. */
    public boolean handles(CloudEvent event) {
        return WORKSPACE_TYPES.contains(event.type()) || USER_TYPES.contains(event.type());
    }

    /** Runs inside the consumer's transaction. */
    public Uni<Void> apply(CloudEvent event) {
        if (WORKSPACE_TYPES.contains(event.type())) {
            return upsert(event.dataAs(WorkspaceSettings.class), event);
        }
        if (USER_TYPES.contains(event.type())) {
            return upsert(event.dataAs(UserProfile.class), event);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> upsert(WorkspaceSettings s, CloudEvent event) {
        return KnownWorkspace.<KnownWorkspace>findById(s.workspaceId()).chain(found -> {
            KnownWorkspace w = found != null ? found : new KnownWorkspace();
            if (found != null && found.updatedAt.isAfter(event.time())) {
                return Uni.createFrom().voidItem();
            }
            w.id = s.workspaceId();
            w.name = s.name();
            w.slug = s.slug();
            w.currency = s.currency();
            w.timeZone = s.timeZone();
            w.plan = s.plan();
            w.speedToLeadSlaMinutes = s.speedToLeadSlaMinutes() == null ? 5 : s.speedToLeadSlaMinutes();
            w.updatedAt = event.time();
            return found != null ? Uni.createFrom().voidItem() : Panache.getSession().chain(se -> se.persist(w));
        });
    }

    private Uni<Void> upsert(UserProfile p, CloudEvent event) {
        return KnownUser.<KnownUser>findById(p.userId()).chain(found -> {
            KnownUser u = found != null ? found : new KnownUser();
            if (found != null && found.updatedAt.isAfter(event.time())) {
                return Uni.createFrom().voidItem();
            }
            u.id = p.userId();
            u.workspaceId = p.workspaceId();
            u.name = p.name();
            u.email = p.email();
            u.timeZone = p.timeZone();
            u.role = p.role();
            u.active = p.active();
            u.updatedAt = event.time();
            return found != null ? Uni.createFrom().voidItem() : Panache.getSession().chain(se -> se.persist(u));
        });
    }
}
