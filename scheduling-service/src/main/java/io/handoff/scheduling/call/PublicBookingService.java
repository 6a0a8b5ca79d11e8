package io.handoff.scheduling.call;

import io.handoff.events.Invitee;
import io.handoff.events.Utm;
import io.handoff.platform.problem.Problems;
import io.handoff.scheduling.eventtype.EventType;
import io.handoff.scheduling.lead.Lead;
import io.handoff.scheduling.lead.LeadRepository;
import io.handoff.scheduling.lead.LeadService;
import io.handoff.scheduling.lead.LeadStatus;
import io.handoff.scheduling.lead.LeadSubmission;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.UUID;

/**
 * Books from the public page: only a QUALIFIED lead may book. Answers sent with the booking (or a form
 * without questions) count as a completed form, evaluated like the form itself; a disqualified lead is
 * refused with the reason.
 */
@ApplicationScoped
public class PublicBookingService {

    @Inject
    LeadService leadService;
    @Inject
    LeadRepository leads;
    @Inject
    BookingService booking;
    @Inject
    CallViews views;

    /**
     * Opens its own transactions: answers sent with the booking are recorded on the lead first, so that a
     * disqualification or a lost slot does not erase what the invitee told us.
     */
    public Uni<CallView> bookPublic(String slug, UUID eventTypeId, PublicBooking request, String ip) {
        return Panache.withTransaction(() -> leadService.findPublicEventType(slug, eventTypeId)
                        .chain(type -> completesForm(type, request) ? leadService.captureLead(slug, type.id,
                                new LeadSubmission(request.email(), request.name(), request.phone(), request.timeZone(),
                                        request.answers() == null ? Map.of() : request.answers(), request.utm(), true), ip)
                                .replaceWithVoid() : Uni.createFrom().voidItem()))
                .chain(() -> Panache.withTransaction(() -> leadService.findPublicEventType(slug, eventTypeId)
                        .chain(type -> qualifiedLead(type, request)
                                .chain(lead -> booking.book(new Booking(type, request.hostId(), request.start(),
                                        invitee(request, lead), lead.id, null, null, null, BookedVia.PUBLIC,
                                        lead.answers.items(), utm(request, lead)))))
                        .chain(views::of)));
    }

    private static boolean completesForm(EventType type, PublicBooking request) {
        return request.answers() != null && !request.answers().isEmpty() || type.questions.items().isEmpty();
    }

    private Uni<Lead> qualifiedLead(EventType type, PublicBooking request) {
        return leads.findByEmail(type.workspaceId, request.email()).invoke(lead -> {
            if (lead == null || lead.status == LeadStatus.POTENTIAL) {
                throw Problems.unprocessable("lead-not-qualified",
                        "Complete the booking form before booking a call.");
            }
            if (lead.status == LeadStatus.DISQUALIFIED) {
                throw Problems.unprocessable("lead-disqualified",
                        "This lead cannot book: disqualified by the answer " + lead.disqualificationReason + ".");
            }
        });
    }

    private static Invitee invitee(PublicBooking request, Lead lead) {
        return new Invitee(lead.email, request.name() != null ? request.name().strip() : lead.name,
                request.phone() != null ? request.phone() : lead.phone,
                request.timeZone() != null ? request.timeZone() : lead.timeZone);
    }

    private static Utm utm(PublicBooking request, Lead lead) {
        if (request.utm() != null) {
            return request.utm().toUtm();
        }
        boolean none = lead.utmSource == null && lead.utmMedium == null && lead.utmCampaign == null;
        return none ? null : new Utm(lead.utmSource, lead.utmMedium, lead.utmCampaign, lead.utmTerm, lead.utmContent);
    }
}
