package io.handoff.contacts.card;

import io.handoff.contacts.call.CallView;
import io.handoff.contacts.contact.ContactView;
import io.handoff.contacts.deal.DealView;
import io.handoff.contacts.journey.JourneyView;
import io.handoff.contacts.note.NoteView;
import io.handoff.events.Utm;
import io.handoff.platform.paging.Page;

import java.util.List;

/** Everything about one contact in one answer, from this service's own tables. */
public record ContactCard(ContactView contact, Page<JourneyView> journey, List<CallView> upcomingCalls,
                          List<CallView> pastCalls, List<DealView> deals, List<NoteView> notes, List<String> tags,
                          Utm utm) {
}
