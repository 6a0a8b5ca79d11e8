package io.handoff.deals.deal;

import io.handoff.deals.call.CallRepository;
import io.handoff.deals.call.KnownCall;
import io.handoff.deals.contact.KnownContactRepository;
import io.handoff.deals.product.Product;
import io.handoff.deals.product.ProductRepository;
import io.handoff.directory.Directory;
import io.handoff.platform.problem.FieldError;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Checks what a deal points at (call, closer and setter, product, related earlier deal) within the workspace,
 * adding every fault to the given errors so that a client learns all bad fields at once.
 */
@ApplicationScoped
public class DealReferences {

    @Inject
    CallRepository calls;
    @Inject
    Directory directory;
    @Inject
    ProductRepository products;
    @Inject
    DealRepository deals;
    @Inject
    KnownContactRepository contacts;

    /**
     * A contact this service knows must be of the workspace and not merged away; an unknown one is accepted,
     * since contact.created.v1 may still be on its way.
     */
    public Uni<Void> contact(UUID workspaceId, UUID contactId, List<FieldError> errors) {
        return contacts.findById(contactId).map(known -> {
            if (known == null) {
                return null;
            }
            if (!known.workspaceId.equals(workspaceId)) {
                errors.add(new FieldError("contactId", "is not a contact of this workspace"));
            } else if (known.mergedIntoId != null) {
                errors.add(new FieldError("contactId", "was merged into contact " + known.mergedIntoId));
            }
            return null;
        });
    }

    /** The call the deal is on, if any; it must be of the workspace and, when it names one, of the same contact. */
    public Uni<KnownCall> call(UUID workspaceId, UUID callId, UUID contactId, List<FieldError> errors) {
        if (callId == null) {
            return Uni.createFrom().nullItem();
        }
        return calls.findInWorkspace(workspaceId, callId).map(call -> {
            if (call == null) {
                errors.add(new FieldError("callId", "is not a booked call of this workspace"));
            } else if (call.contactId != null && !call.contactId.equals(contactId)) {
                errors.add(new FieldError("callId", "is a call of another contact"));
            }
            return call;
        });
    }

    /** Closer and setter must be members of the workspace (deactivated ones too: deals may be entered late). */
    public Uni<Void> people(UUID workspaceId, UUID closerId, UUID setterId, List<FieldError> errors) {
        Map<String, UUID> wanted = new LinkedHashMap<>();
        if (closerId == null) {
            errors.add(new FieldError("closerId", "is required when the deal is not on a call"));
        } else {
            wanted.put("closerId", closerId);
        }
        if (setterId != null) {
            wanted.put("setterId", setterId);
        }
        if (wanted.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return directory.findUsers(workspaceId, Set.copyOf(wanted.values())).map(found -> {
            Set<UUID> members = found.stream().map(u -> u.id).collect(Collectors.toSet());
            wanted.forEach((field, id) -> {
                if (!members.contains(id)) {
                    errors.add(new FieldError(field, "is not a member of this workspace"));
                }
            });
            return null;
        });
    }

    public Uni<Product> product(UUID workspaceId, UUID productId, List<FieldError> errors) {
        if (productId == null) {
            return Uni.createFrom().nullItem();
        }
        return products.findInWorkspace(workspaceId, productId).invoke(product -> {
            if (product == null) {
                errors.add(new FieldError("productId", "is not a product of this workspace"));
            }
        });
    }

    /** The related deal must be an earlier deal (by date, then entry) of the same contact. */
    public Uni<Void> related(Deal deal, UUID relatedDealId, List<FieldError> errors) {
        if (relatedDealId == null) {
            return Uni.createFrom().voidItem();
        }
        return deals.findInWorkspace(deal.workspaceId, relatedDealId).map(related -> {
            if (related == null) {
                errors.add(new FieldError("relatedDealId", "is not a deal of this workspace"));
            } else if (!related.contactId.equals(deal.contactId)) {
                errors.add(new FieldError("relatedDealId", "must be a deal of the same contact"));
            } else if (!related.isBefore(deal.dealDate, deal.createdAt)) {
                errors.add(new FieldError("relatedDealId", "must be an earlier deal than this one"));
            }
            return null;
        });
    }

    /** Deals that name this one as their earlier deal must stay later than it when its date changes. */
    public Uni<Void> dependents(Deal deal, LocalDate newDate, List<FieldError> errors) {
        if (Objects.equals(deal.dealDate, newDate)) {
            return Uni.createFrom().voidItem();
        }
        return deals.listRelatedTo(deal.workspaceId, deal.id).map(later -> {
            List<UUID> overtaken = later.stream().filter(d -> !comesBefore(newDate, deal.createdAt, d))
                    .map(d -> d.id).toList();
            if (!overtaken.isEmpty()) {
                errors.add(new FieldError("date", "would come after deals that relate to this one: " + overtaken));
            }
            return null;
        });
    }

    private static boolean comesBefore(LocalDate date, Instant enteredAt, Deal other) {
        return date.isBefore(other.dealDate) || date.equals(other.dealDate) && enteredAt.isBefore(other.createdAt);
    }
}
