package io.handoff.contacts.owner;

import io.handoff.contacts.contact.Contact;
import io.handoff.contacts.contact.ContactRepository;
import io.handoff.contacts.contact.ContactView;
import io.handoff.contacts.journey.Journey;
import io.handoff.contacts.user.AppUser;
import io.handoff.contacts.user.UserRepository;
import io.handoff.events.Actor;
import io.handoff.events.EventType;
import io.handoff.events.contacts.ContactOwnerAssigned;
import io.handoff.platform.outbox.OutboxWriter;
import io.handoff.platform.problem.Problems;
import io.handoff.platform.reactive.Sequence;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Claims and assigns contacts: setter and closer owners, one at a time or in bulk, always active members
 * of the same workspace. Every change emits contact.owner-assigned.v1 and a journey entry.
 */
@ApplicationScoped
public class OwnerService {

    @Inject
    ContactRepository contacts;
    @Inject
    UserRepository users;
    @Inject
    OutboxWriter outbox;
    @Inject
    Journey journey;
    @Inject
    Clock clock;

    public Uni<ContactView> assignOwner(UUID workspaceId, UUID actorId, UUID contactId, OwnerRole role, UUID userId) {
        return contacts.findInWorkspace(workspaceId, contactId)
                .onItem().ifNull().failWith(() -> Problems.notFound("Contact", contactId))
                .chain(c -> owner(workspaceId, userId, "userId").chain(user -> assign(c, role, user, Actor.user(actorId))))
                .map(ContactView::of);
    }

    public Uni<AssignmentReport> assignSetters(UUID workspaceId, UUID actorId, BulkAssignment request) {
        List<UUID> contactIds = List.copyOf(new LinkedHashSet<>(request.contactIds()));
        List<UUID> userIds = List.copyOf(new LinkedHashSet<>(request.userIds()));
        return users.list("workspaceId = ?1 and id in ?2", workspaceId, userIds).chain(found -> {
            Map<UUID, AppUser> byId = new LinkedHashMap<>();
            found.forEach(u -> byId.put(u.id, u));
            for (int i = 0; i < userIds.size(); i++) {
                AppUser u = byId.get(userIds.get(i));
                if (u == null || !u.active) {
                    throw Problems.invalid("userIds[" + i + "]", "is not an active member of this workspace");
                }
            }
            return contacts.findAllInWorkspace(workspaceId, contactIds).chain(rows -> {
                if (rows.size() != contactIds.size()) {
                    throw Problems.invalid("contactIds", (contactIds.size() - rows.size()) + " ids are not contacts of this workspace");
                }
                Map<UUID, Contact> byContact = new LinkedHashMap<>();
                rows.forEach(c -> byContact.put(c.id, c));
                List<AssignmentReport.Assignment> assignments = new ArrayList<>();
                Map<UUID, Integer> counts = new LinkedHashMap<>();
                userIds.forEach(u -> counts.put(u, 0));
                for (int i = 0; i < contactIds.size(); i++) {
                    UUID user = userIds.get(i % userIds.size());
                    assignments.add(new AssignmentReport.Assignment(contactIds.get(i), user));
                    counts.merge(user, 1, Integer::sum);
                }
                return Sequence.each(assignments, a -> assign(byContact.get(a.contactId()), OwnerRole.SETTER,
                        byId.get(a.userId()), Actor.user(actorId))).map(v -> new AssignmentReport(assignments, counts));
            });
        });
    }

    /** Runs inside the caller's transaction; a change to the same owner does nothing. */
    public Uni<Contact> assign(Contact c, OwnerRole role, AppUser owner, Actor actor) {
        UUID previous = role == OwnerRole.SETTER ? c.setterOwnerId : c.closerOwnerId;
        UUID next = owner == null ? null : owner.id;
        if (Objects.equals(previous, next)) {
            return Uni.createFrom().item(c);
        }
        if (role == OwnerRole.SETTER) {
            c.setterOwnerId = next;
        } else {
            c.closerOwnerId = next;
        }
        c.updatedAt = clock.instant();
        String label = role == OwnerRole.SETTER ? "Setter owner" : "Closer owner";
        String summary = owner == null ? label + " removed" : label + ": " + owner.name;
        return outbox.append(EventType.CONTACT_OWNER_ASSIGNED, c.workspaceId, c.id,
                        new ContactOwnerAssigned(c.id, role.name(), previous, next, actor))
                .chain(() -> journey.record(c.workspaceId, c.id, "OWNER_ASSIGNED", actor, summary,
                        Journey.details("role", role.name(), "previousOwnerId", previous, "ownerId", next)))
                .replaceWith(c);
    }

    private Uni<AppUser> owner(UUID workspaceId, UUID userId, String field) {
        if (userId == null) {
            return Uni.createFrom().nullItem();
        }
        return users.findInWorkspace(workspaceId, userId).map(u -> {
            if (u == null || !u.active) {
                throw Problems.invalid(field, "is not an active member of this workspace");
            }
            return u;
        });
    }
}
