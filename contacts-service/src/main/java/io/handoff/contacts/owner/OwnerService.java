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
import io.handoff.platform.problem.FieldError;
import io.handoff.platform.problem.ProblemException;
import io.handoff.platform.problem.Problems;
import io.handoff.platform.reactive.Sequence;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Claims and assigns contacts: setter and closer owners, one at a time or in bulk, always active members
 * of the same workspace; members claim, admins and managers reassign. Every change emits
 * contact.owner-assigned.v1 and a journey entry.
 */
@ApplicationScoped
public class OwnerService {

    @Inject
    ContactRepository contacts;
    @Inject
    UserRepository users;
    @Inject
    RoundRobin roundRobin;
    @Inject
    OutboxWriter outbox;
    @Inject
    Journey journey;
    @Inject
    Clock clock;

    /**
     * Sets one owner of one contact. {@code mayReassign} (admins and managers) may take a contact from another
     * member; anyone else may only claim a contact without that owner, or change one they own (409 otherwise).
     */
    public Uni<ContactView> assignOwner(UUID workspaceId, UUID actorId, boolean mayReassign, UUID contactId,
                                        OwnerRole role, UUID userId) {
        return contacts.findInWorkspace(workspaceId, contactId)
                .onItem().ifNull().failWith(() -> Problems.notFound("Contact", contactId))
                .chain(c -> owner(workspaceId, userId, "userId").chain(user -> {
                    if (!mayChange(c, role, user == null ? null : user.id, actorId, mayReassign)) {
                        throw Problems.conflict("This contact's " + label(role).toLowerCase() + " is another member: "
                                + "only an admin or a manager may reassign it.");
                    }
                    return assign(c, role, user, Actor.user(actorId), null);
                }))
                .map(ContactView::of);
    }

    /**
     * Gives selected contacts setter owners: one user takes them all; several take them in the workspace's
     * rotation (see {@link RoundRobin}). The claiming rule of {@link #assignOwner} holds for every contact; any
     * id that breaks it fails the whole request and changes nothing.
     */
    public Uni<AssignmentReport> assignSetters(UUID workspaceId, UUID actorId, boolean mayReassign,
                                               BulkAssignment request) {
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
                return turns(workspaceId, userIds, contactIds.size()).chain(turns -> {
                    AssignmentReport report = plan(contactIds, byContact, userIds, turns, actorId, mayReassign);
                    return Sequence.each(report.assignments(), a -> assign(byContact.get(a.contactId()),
                            OwnerRole.SETTER, byId.get(a.userId()), Actor.user(actorId), null)).replaceWith(report);
                });
            });
        });
    }

    /**
     * Runs inside the caller's transaction; a change to the same owner does nothing. {@code reason}, when
     * given, tells the journey why the owner changed.
     */
    public Uni<Contact> assign(Contact c, OwnerRole role, AppUser owner, Actor actor, String reason) {
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
        String summary = (owner == null ? label(role) + " removed" : label(role) + ": " + owner.name)
                + (reason == null ? "" : " (" + reason + ")");
        return outbox.append(EventType.CONTACT_OWNER_ASSIGNED, c.workspaceId, c.id,
                        new ContactOwnerAssigned(c.id, role.name(), previous, next, actor))
                .chain(() -> journey.record(c.workspaceId, c.id, "OWNER_ASSIGNED", actor, summary,
                        Journey.details("role", role.name(), "previousOwnerId", previous, "ownerId", next)))
                .replaceWith(c);
    }

    /** Who takes which contact; 409 naming every contact the claiming rule keeps from the caller. */
    private static AssignmentReport plan(List<UUID> contactIds, Map<UUID, Contact> byContact, List<UUID> userIds,
                                         List<UUID> turns, UUID actorId, boolean mayReassign) {
        List<AssignmentReport.Assignment> assignments = new ArrayList<>();
        List<FieldError> taken = new ArrayList<>();
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        userIds.forEach(u -> counts.put(u, 0));
        for (int i = 0; i < contactIds.size(); i++) {
            UUID user = turns.get(i);
            if (!mayChange(byContact.get(contactIds.get(i)), OwnerRole.SETTER, user, actorId, mayReassign)) {
                taken.add(new FieldError("contactIds[" + i + "]", "has another member as setter owner"));
            }
            assignments.add(new AssignmentReport.Assignment(contactIds.get(i), user));
            counts.merge(user, 1, Integer::sum);
        }
        if (!taken.isEmpty()) {
            throw new ProblemException(409, "conflict", "Conflict", taken.size() + " of the contacts have other "
                    + "members as setter owners: only an admin or a manager may reassign them.", taken);
        }
        return new AssignmentReport(assignments, counts);
    }

    /** One user takes every contact; several take them in the workspace's persistent rotation. */
    private Uni<List<UUID>> turns(UUID workspaceId, List<UUID> userIds, int count) {
        if (userIds.size() == 1) {
            return Uni.createFrom().item(Collections.nCopies(count, userIds.get(0)));
        }
        return roundRobin.nextTurns(workspaceId, userIds, count);
    }

    /**
     * The claiming rule: the contact has no such owner yet, the caller is that owner, nothing would change, or
     * the caller may reassign (admins and managers) — so that setters never silently take each other's leads.
     */
    private static boolean mayChange(Contact c, OwnerRole role, UUID next, UUID actorId, boolean mayReassign) {
        UUID current = role == OwnerRole.SETTER ? c.setterOwnerId : c.closerOwnerId;
        return mayReassign || current == null || current.equals(actorId) || current.equals(next);
    }

    private static String label(OwnerRole role) {
        return role == OwnerRole.SETTER ? "Setter owner" : "Closer owner";
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
