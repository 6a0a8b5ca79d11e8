package io.handoff.outcomes.mapping;

import io.handoff.outcomes.outcome.OutcomeReason;
import io.handoff.outcomes.outcome.OutcomeResult;
import io.handoff.platform.problem.FieldError;
import io.handoff.platform.problem.Problems;
import io.handoff.platform.reactive.Sequence;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads and replaces a workspace's outcome→stage mapping; recording an outcome looks up its stage here. */
@ApplicationScoped
public class StageMappingService {

    @Inject
    StageMappingRepository mappings;

    public Uni<StageMappingView> findMapping(UUID workspaceId) {
        return mappings.listInWorkspace(workspaceId).map(StageMappingView::of);
    }

    /** Runs inside the caller's transaction. Every entry at fault is reported at once. */
    public Uni<StageMappingView> replaceMapping(UUID workspaceId, NewStageMapping request) {
        check(request.entries());
        return mappings.deleteInWorkspace(workspaceId)
                .chain(() -> Sequence.each(request.entries(), entry -> mappings.persist(entry(workspaceId, entry))))
                .chain(() -> mappings.flush())
                .chain(() -> findMapping(workspaceId));
    }

    /** The stage the workspace maps this outcome to, or null: contacts-service then applies its default. */
    public Uni<UUID> findStage(UUID workspaceId, OutcomeResult result, OutcomeReason reason) {
        return mappings.findStage(workspaceId, result, reason);
    }

    private static void check(List<MappedStage> entries) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            MappedStage entry = entries.get(i);
            if (entry.reason() != null && !reasonsOf(entry.result()).contains(entry.reason())) {
                errors.add(new FieldError("entries[" + i + "].reason", "must be empty or one of "
                        + reasonsOf(entry.result()).stream().map(Enum::name).collect(Collectors.joining(", "))
                        + " with " + entry.result()));
            } else if (!seen.add(entry.result() + "/" + entry.reason())) {
                errors.add(new FieldError("entries[" + i + "]", "maps " + entry.result()
                        + (entry.reason() == null ? "" : "/" + entry.reason()) + " a second time"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
    }

    /** The reasons an outcome with this result can carry (none for SALE and APPROVED). */
    private static List<OutcomeReason> reasonsOf(OutcomeResult result) {
        return switch (result) {
            case NO_SALE, REJECTED -> OutcomeReason.fitting(result.callKind());
            case SALE, APPROVED -> List.of();
        };
    }

    private static StageMappingEntry entry(UUID workspaceId, MappedStage stage) {
        StageMappingEntry e = new StageMappingEntry();
        e.id = UUID.randomUUID();
        e.workspaceId = workspaceId;
        e.result = stage.result();
        e.reason = stage.reason();
        e.stageId = stage.stageId();
        return e;
    }
}
