package io.handoff.contacts.merge;

import io.handoff.contacts.approval.Approval;
import io.handoff.contacts.approval.ApprovalStatus;
import io.handoff.contacts.call.ContactCall;
import io.handoff.contacts.contact.Contact;
import io.handoff.contacts.contact.ContactService;
import io.handoff.contacts.contact.ContactView;
import io.handoff.contacts.deal.ContactDeal;
import io.handoff.contacts.journey.Journey;
import io.handoff.contacts.journey.JourneyEntry;
import io.handoff.contacts.note.Note;
import io.handoff.contacts.note.NoteService;
import io.handoff.events.Actor;
import io.handoff.events.Answer;
import io.handoff.events.EventType;
import io.handoff.events.contacts.ContactMerged;
import io.handoff.platform.json.JsonList;
import io.handoff.platform.outbox.OutboxWriter;
import io.handoff.platform.problem.Problems;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Folds a duplicate contact into a primary: notes, journey, calls, deals and approvals move; answers and
 * tags the primary lacks are added; owners, UTM and a secondary email fill the primary's gaps, and the
 * duplicate's other addresses are kept for search. Moved journey entries say they came from the duplicate.
 * The duplicate is then gone (404) and contact.merged.v1 tells other services to re-point their records.
 */
@ApplicationScoped
public class MergeService {

    @Inject
    ContactService contacts;
    @Inject
    NoteService notes;
    @Inject
    Journey journey;
    @Inject
    OutboxWriter outbox;
    @Inject
    Clock clock;

    public Uni<MergePreview> previewMerge(UUID workspaceId, UUID primaryId, UUID duplicateId) {
        return pair(workspaceId, primaryId, duplicateId).chain(pair -> {
            Contact p = pair.get(0);
            Contact d = pair.get(1);
            return Note.count("contactId", d.id).chain(n -> JourneyEntry.count("contactId", d.id)
                    .chain(j -> ContactCall.count("contactId", d.id).chain(c -> ContactDeal.count("contactId", d.id)
                            .map(deals -> new MergePreview(p.id, d.id, n, j, c, deals,
                                    newAnswers(p, d).stream().map(Answer::question).toList(), newTags(p, d),
                                    p.setterOwnerId == null ? d.setterOwnerId : null,
                                    p.closerOwnerId == null ? d.closerOwnerId : null,
                                    p.secondaryEmail == null ? d.email : null)))));
        });
    }

    public Uni<ContactView> merge(UUID workspaceId, UUID userId, UUID primaryId, UUID duplicateId) {
        return pair(workspaceId, primaryId, duplicateId).chain(pair -> {
            Contact p = pair.get(0);
            Contact d = pair.get(1);
            return Approval.count("contactId = ?1 and status = ?2", d.id, ApprovalStatus.PENDING).chain(pending -> {
                if (pending > 0) {
                    throw Problems.conflict("The duplicate has an approval waiting for its booking; merge once it is settled.");
                }
                fillGaps(p, d);
                return notes.repoint(workspaceId, d.id, p.id)
                        .chain(() -> journey.repoint(workspaceId, d.id, d.email, p.id))
                        .chain(() -> ContactCall.update("contactId = ?1 where contactId = ?2", p.id, d.id))
                        .chain(() -> ContactDeal.update("contactId = ?1 where contactId = ?2", p.id, d.id))
                        .chain(() -> Approval.update("contactId = ?1 where contactId = ?2", p.id, d.id))
                        .chain(() -> Panache.getSession().chain(s -> s.flush()))
                        .chain(() -> d.delete())
                        .chain(() -> outbox.append(EventType.CONTACT_MERGED, workspaceId, p.id,
                                new ContactMerged(p.id, d.id, Actor.user(userId))))
                        .chain(() -> journey.record(workspaceId, p.id, "MERGED", Actor.user(userId),
                                "Merged the duplicate " + d.email + " into this contact",
                                Journey.details("duplicateId", d.id, "duplicateEmail", d.email)))
                        .map(v -> ContactView.of(p));
            });
        });
    }

    private void fillGaps(Contact p, Contact d) {
        List<Answer> answers = new ArrayList<>(p.answers.items());
        answers.addAll(newAnswers(p, d));
        p.answers = JsonList.of(answers);
        List<String> tags = new ArrayList<>(p.tags.items());
        tags.addAll(newTags(p, d));
        p.tags = JsonList.of(tags);
        p.setterOwnerId = p.setterOwnerId != null ? p.setterOwnerId : d.setterOwnerId;
        p.closerOwnerId = p.closerOwnerId != null ? p.closerOwnerId : d.closerOwnerId;
        p.setById = p.setById != null ? p.setById : d.setById;
        p.secondaryEmail = p.secondaryEmail != null ? p.secondaryEmail : d.email;
        p.phone = p.phone != null ? p.phone : d.phone;
        p.secondaryPhone = p.secondaryPhone != null ? p.secondaryPhone : d.phone != null && !d.phone.equals(p.phone) ? d.phone : null;
        p.mergedAddresses = JsonList.of(mergedAddresses(p, d));
        if (p.utm() == null && d.utm() != null) {
            p.utmSource = d.utmSource;
            p.utmMedium = d.utmMedium;
            p.utmCampaign = d.utmCampaign;
            p.utmTerm = d.utmTerm;
            p.utmContent = d.utmContent;
        }
        p.updatedAt = clock.instant();
    }

    /**
     * The duplicate's emails and phones (and those merged into it before) that the primary does not hold as
     * its own or secondary ones, so that searching for any of them still finds the primary.
     */
    private static List<String> mergedAddresses(Contact p, Contact d) {
        Set<String> own = Stream.of(p.email, p.phone, p.secondaryEmail, p.secondaryPhone).filter(Objects::nonNull)
                .map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, String> kept = new LinkedHashMap<>();
        Stream.of(p.mergedAddresses.items().stream(), Stream.of(d.email, d.phone, d.secondaryEmail, d.secondaryPhone),
                        d.mergedAddresses.items().stream()).flatMap(a -> a).filter(Objects::nonNull)
                .filter(a -> !own.contains(a.toLowerCase(Locale.ROOT)))
                .forEach(a -> kept.putIfAbsent(a.toLowerCase(Locale.ROOT), a));
        return List.copyOf(kept.values());
    }

    private static List<Answer> newAnswers(Contact p, Contact d) {
        return d.answers.items().stream()
                .filter(a -> p.answers.items().stream().noneMatch(x -> x.question().equals(a.question()))).toList();
    }

    private static List<String> newTags(Contact p, Contact d) {
        return d.tags.items().stream().filter(t -> !p.tags.items().contains(t)).toList();
    }

    private Uni<List<Contact>> pair(UUID workspaceId, UUID primaryId, UUID duplicateId) {
        if (primaryId.equals(duplicateId)) {
            throw Problems.invalid("duplicateId", "must be another contact");
        }
        return contacts.requireContact(workspaceId, primaryId)
                .chain(p -> contacts.requireContact(workspaceId, duplicateId).map(d -> List.of(p, d)));
    }
}
