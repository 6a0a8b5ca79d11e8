package io.handoff.contacts.stage;

import io.handoff.contacts.contact.Contact;
import io.handoff.contacts.contact.ContactRepository;
import io.handoff.contacts.contact.ContactView;
import io.handoff.contacts.journey.Journey;
import io.handoff.events.Actor;
import io.handoff.events.EventType;
import io.handoff.events.StageRef;
import io.handoff.events.contacts.ContactStageChanged;
import io.handoff.platform.outbox.OutboxWriter;
import io.handoff.platform.problem.Problems;
import io.handoff.platform.reactive.Sequence;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Moves contacts between stages. Every move, whoever or whatever causes it, emits contact.stage-changed.v1
 * and adds a journey entry in the same transaction.
 */
@ApplicationScoped
public class ContactStageService {

    @Inject
    ContactRepository contacts;
    @Inject
    StageRepository stages;
    @Inject
    OutboxWriter outbox;
    @Inject
    Journey journey;
    @Inject
    Clock clock;

    /** Moves one contact to a stage that is not Approved (Approved is reached by booking a call). */
    public Uni<ContactView> moveContact(UUID workspaceId, Actor actor, UUID contactId, UUID stageId) {
        return requireTarget(workspaceId, stageId).chain(target -> contacts.findInWorkspace(workspaceId, contactId)
                .onItem().ifNull().failWith(() -> Problems.notFound("Contact", contactId))
                .chain(c -> move(c, target, actor, null)).map(ContactView::of));
    }

    /** Moves several contacts at once; unknown ids fail the whole request and change nothing. */
    public Uni<List<ContactView>> moveContacts(UUID workspaceId, Actor actor, List<UUID> contactIds, UUID stageId) {
        var ids = new LinkedHashSet<>(contactIds);
        return requireTarget(workspaceId, stageId).chain(target -> contacts.findAllInWorkspace(workspaceId, ids)
                .chain(found -> {
                    if (found.size() != ids.size()) {
                        throw Problems.invalid("contactIds", (ids.size() - found.size()) + " ids are not contacts of this workspace");
                    }
                    return Sequence.each(found, c -> move(c, target, actor, null)).map(v -> found.stream().map(ContactView::of).toList());
                }));
    }

    /**
     * Moves a contact to a stage, Approved included (used by the approval saga and outcome mapping); a
     * move to the stage it is in does nothing.
     */
    public Uni<Contact> move(Contact c, Stage target, Actor actor, String reason) {
        if (target != null && target.id.equals(c.stageId) || target == null && c.stageId == null) {
            return Uni.createFrom().item(c);
        }
        Uni<Stage> current = c.stageId == null ? Uni.createFrom().nullItem() : stages.findById(c.stageId);
        return current.chain(from -> {
            c.stageId = target == null ? null : target.id;
            c.updatedAt = clock.instant();
            StageRef fromRef = from == null ? null : from.ref();
            StageRef toRef = target == null ? null : target.ref();
            String summary = "Stage " + (from == null ? "(none)" : from.name) + " → " + (target == null ? "(none)" : target.name)
                    + (reason == null ? "" : ": " + reason);
            return outbox.append(EventType.CONTACT_STAGE_CHANGED, c.workspaceId, c.id,
                            new ContactStageChanged(c.id, fromRef, toRef, actor, reason))
                    .chain(() -> journey.record(c.workspaceId, c.id, "STAGE_CHANGED", actor, summary,
                            Journey.details("from", fromRef == null ? null : fromRef.name(), "to",
                                    toRef == null ? null : toRef.name(), "reason", reason)))
                    .replaceWith(c);
        });
    }

    Uni<Void> moveAll(UUID workspaceId, UUID actorId, Stage from, Stage to) {
        return contacts.list("workspaceId = ?1 and stageId = ?2", workspaceId, from.id)
                .chain(list -> Sequence.each(list, c -> move(c, to, Actor.user(actorId), "stage " + from.name + " was deleted")))
                .chain(() -> Panache.getSession().chain(s -> s.flush()));
    }

    Uni<Long> countIn(UUID workspaceId, UUID stageId) {
        return contacts.countInStage(workspaceId, stageId);
    }

    @SuppressWarnings("unchecked")
    Uni<Map<UUID, Long>> countByStage(UUID workspaceId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select stage_id, count(*) from contact where workspace_id = ?1 group by stage_id")
                .setParameter(1, workspaceId).getResultList()).map(rows -> {
                    Map<UUID, Long> counts = new HashMap<>();
                    for (Object row : rows) {
                        Object[] r = (Object[]) row;
                        counts.put((UUID) r[0], ((Number) r[1]).longValue());
                    }
                    return counts;
                });
    }

    private Uni<Stage> requireTarget(UUID workspaceId, UUID stageId) {
        return stages.findInWorkspace(workspaceId, stageId).map(target -> {
            if (target == null) {
                throw Problems.invalid("stageId", "is not a stage of this workspace");
            }
            if (target.isApproved()) {
                throw Problems.invalid("stageId", "Approved is tied to booking: approve with booking details instead");
            }
            return target;
        });
    }
}
