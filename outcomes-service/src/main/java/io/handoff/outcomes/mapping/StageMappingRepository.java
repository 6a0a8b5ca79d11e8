package io.handoff.outcomes.mapping;

import io.handoff.outcomes.outcome.OutcomeReason;
import io.handoff.outcomes.outcome.OutcomeResult;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The outcome→stage mapping of a workspace; every query names the workspace. */
@ApplicationScoped
public class StageMappingRepository implements PanacheRepositoryBase<StageMappingEntry, UUID> {

    public Uni<List<StageMappingEntry>> listInWorkspace(UUID workspaceId) {
        return list("workspaceId = ?1", workspaceId).map(entries -> entries.stream()
                .sorted(Comparator.comparing((StageMappingEntry e) -> e.result)
                        .thenComparing(e -> e.reason, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList());
    }

    /** The stage an outcome moves the contact to, or null when no entry matches; a specific reason wins. */
    public Uni<UUID> findStage(UUID workspaceId, OutcomeResult result, OutcomeReason reason) {
        return list("workspaceId = ?1 and result = ?2", workspaceId, result).map(entries -> entries.stream()
                .filter(e -> e.reason == null || e.reason == reason)
                .min(Comparator.comparing(e -> e.reason == null))
                .map(e -> e.stageId).orElse(null));
    }

    public Uni<Long> deleteInWorkspace(UUID workspaceId) {
        return delete("workspaceId = ?1", workspaceId);
    }
}
