package io.handoff.contacts.card;

import io.handoff.contacts.call.CallView;
import io.handoff.contacts.call.ContactCall;
import io.handoff.contacts.contact.ContactService;
import io.handoff.contacts.contact.ContactView;
import io.handoff.contacts.deal.ContactDeal;
import io.handoff.contacts.deal.DealView;
import io.handoff.contacts.journey.Journey;
import io.handoff.contacts.note.NoteService;
import io.handoff.platform.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Assembles the contact card from projections of the other services' events: no call to another service
 * is made, so the card answers even when they are down.
 */
@ApplicationScoped
public class CardService {

    @Inject
    ContactService contacts;
    @Inject
    Journey journey;
    @Inject
    NoteService notes;
    @Inject
    Clock clock;

    public Uni<ContactCard> findCard(UUID workspaceId, UUID contactId, PageRequest journeyPage) {
        Instant now = clock.instant();
        return contacts.requireContact(workspaceId, contactId).chain(c -> journey.listJourney(workspaceId, contactId, journeyPage)
                .chain(page -> ContactCall.<ContactCall>list("workspaceId = ?1 and contactId = ?2 order by startAt",
                                workspaceId, contactId)
                        .chain(calls -> ContactDeal.<ContactDeal>list("workspaceId = ?1 and contactId = ?2 order by dealDate, id",
                                        workspaceId, contactId)
                                .chain(deals -> notes.listNotes(workspaceId, contactId).map(noteList -> {
                                    ContactView view = ContactView.of(c);
                                    List<CallView> upcoming = calls.stream().filter(k -> k.endAt.isAfter(now))
                                            .map(CallView::of).toList();
                                    List<CallView> past = calls.stream().filter(k -> !k.endAt.isAfter(now))
                                            .map(CallView::of).toList();
                                    return new ContactCard(view, page, upcoming, past,
                                            deals.stream().map(DealView::of).toList(), noteList, view.tags(), view.utm());
                                })))));
    }
}
