package io.handoff.contacts.deal;

import io.handoff.contacts.journey.Journey;
import io.handoff.events.Actor;
import io.handoff.events.CloudEvent;
import io.handoff.events.deals.DealDeleted;
import io.handoff.events.deals.DealDetails;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.UUID;

/** Keeps the contact card's deals and the journey in step with deals-service's events. */
@ApplicationScoped
public class DealActivity {

    @Inject
    Journey journey;
    @Inject
    Clock clock;

    public Uni<Void> onSaved(CloudEvent event, DealDetails deal, boolean created) {
        return find(event.workspaceId(), deal.dealId()).chain(existing -> {
            ContactDeal d = existing != null ? existing : new ContactDeal();
            d.id = deal.dealId();
            d.workspaceId = event.workspaceId();
            d.contactId = deal.contactId();
            d.callId = deal.callId();
            d.value = deal.value();
            d.currency = deal.currency();
            d.paymentType = deal.paymentType();
            d.productName = deal.productName();
            d.dealDate = deal.date();
            d.updatedAt = clock.instant();
            Uni<Void> stored = existing != null ? Uni.createFrom().voidItem() : d.persist().replaceWithVoid();
            return stored.chain(() -> journey.recordEvent(event, deal.contactId(), created ? "DEAL_CREATED" : "DEAL_UPDATED",
                    Actor.system(), (created ? "Deal added: " : "Deal updated: ") + deal.paymentType() + " " + deal.value().toPlainString()
                            + " " + deal.currency() + (deal.productName() == null ? "" : " (" + deal.productName() + ")"),
                    Journey.details("dealId", deal.dealId(), "value", deal.value().toPlainString(), "currency", deal.currency())));
        });
    }

    public Uni<Void> onDeleted(CloudEvent event, DealDeleted deleted) {
        return find(event.workspaceId(), deleted.dealId()).chain(d -> d == null ? Uni.createFrom().voidItem()
                : d.delete().chain(() -> journey.recordEvent(event, deleted.contactId(), "DEAL_DELETED", Actor.system(),
                "Deal deleted", Journey.details("dealId", deleted.dealId()))));
    }

    private Uni<ContactDeal> find(UUID workspaceId, UUID dealId) {
        return ContactDeal.<ContactDeal>find("workspaceId = ?1 and id = ?2", workspaceId, dealId).firstResult();
    }
}
