package io.handoff.deals.inbound;

import io.handoff.directory.Directory;
import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Adds, renames, re-keys and removes the workspace's transaction sources. */
@ApplicationScoped
public class TransactionSourceService {

    @Inject
    TransactionSourceRepository sources;
    @Inject
    Directory directory;
    @Inject
    Clock clock;

    /** Runs inside the caller's transaction; the answer is the only one that shows the secret. */
    public Uni<TransactionSourceView> createSource(UUID workspaceId, UUID userId, NewTransactionSource request) {
        return directory.requireWorkspace(workspaceId).chain(workspace -> {
            TransactionSource s = new TransactionSource();
            s.id = UUID.randomUUID();
            s.workspaceId = workspaceId;
            s.provider = request.provider();
            s.name = request.name().strip();
            s.secret = request.secret() != null ? request.secret() : SourceSecrets.generate();
            s.createdBy = userId;
            s.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            s.updatedAt = s.createdAt;
            return sources.persist(s);
        }).map(TransactionSourceView::withSecret);
    }

    public Uni<List<TransactionSourceView>> listSources(UUID workspaceId) {
        return sources.listInWorkspace(workspaceId).map(list -> list.stream().map(TransactionSourceView::of).toList());
    }

    public Uni<TransactionSourceView> findSource(UUID workspaceId, UUID id) {
        return require(workspaceId, id).map(TransactionSourceView::of);
    }

    /** Runs inside the caller's transaction; a new secret takes effect for the next notification. */
    public Uni<TransactionSourceView> updateSource(UUID workspaceId, UUID id, TransactionSourceChanges changes) {
        return require(workspaceId, id).chain(s -> {
            if (changes.name() != null) {
                s.name = changes.name().strip();
            }
            if (changes.secret() != null) {
                s.secret = changes.secret();
            }
            s.updatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            return sources.flush().map(flushed -> TransactionSourceView.of(s));
        });
    }

    /** Runs inside the caller's transaction; its transactions stay, its notifications are refused from now on. */
    public Uni<Void> deleteSource(UUID workspaceId, UUID id) {
        return require(workspaceId, id).chain(sources::delete);
    }

    private Uni<TransactionSource> require(UUID workspaceId, UUID id) {
        return sources.findInWorkspace(workspaceId, id)
                .onItem().ifNull().failWith(() -> Problems.notFound("Transaction source", id));
    }
}
