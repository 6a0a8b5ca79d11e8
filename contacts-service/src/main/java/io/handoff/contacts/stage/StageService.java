package io.handoff.contacts.stage;

import io.handoff.platform.problem.FieldError;
import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Shapes a workspace's pipeline: stages are created, renamed, recolored and re-iconed, reordered within
 * their category, moved between categories explicitly and deleted. Approved is fixed; exactly one Active
 * stage is the default at all times.
 */
@ApplicationScoped
public class StageService {

    @Inject
    StageRepository stages;
    @Inject
    ContactStageService contactStages;
    @Inject
    Clock clock;

    public Uni<StageView> createStage(UUID workspaceId, NewStage request) {
        String color = color(request.color());
        String icon = icon(request.icon());
        return nameFree(workspaceId, request.name(), null)
                .chain(() -> stages.listInWorkspace(workspaceId))
                .chain(all -> {
                    Stage s = new Stage();
                    s.id = UUID.randomUUID();
                    s.workspaceId = workspaceId;
                    s.name = request.name().strip();
                    s.category = request.category();
                    s.position = (int) all.stream().filter(x -> x.category == s.category).count();
                    s.color = color;
                    s.icon = icon;
                    s.action = StageAction.NONE;
                    s.createdAt = clock.instant();
                    s.updatedAt = s.createdAt;
                    return stages.persist(s).map(StageView::of);
                });
    }

    public Uni<StageView> updateStage(UUID workspaceId, UUID id, StageChanges changes) {
        return requireEditable(workspaceId, id).chain(s -> nameFree(workspaceId, changes.name(), s).chain(() -> {
            if (changes.name() != null) {
                s.name = changes.name().strip();
            }
            if (changes.color() != null) {
                s.color = color(changes.color());
            }
            if (changes.icon() != null) {
                s.icon = icon(changes.icon());
            }
            if (Boolean.FALSE.equals(changes.isDefault()) && s.isDefault) {
                throw Problems.invalid("isDefault", "one stage is always the default: make another stage the default instead");
            }
            if (changes.category() != null && changes.category() != s.category) {
                return moveCategory(s, changes);
            }
            return makeDefaultIfAsked(s, changes);
        })).invoke(s -> s.updatedAt = clock.instant()).map(StageView::of);
    }

    public Uni<List<StageView>> reorderStages(UUID workspaceId, StageReorder request) {
        return stages.listInWorkspace(workspaceId).map(all -> {
            List<Stage> inCategory = all.stream().filter(s -> s.category == request.category()).toList();
            var ids = inCategory.stream().map(s -> s.id).toList();
            if (request.stageIds().size() != ids.size() || !new HashSet<>(request.stageIds()).equals(new HashSet<>(ids))) {
                throw Problems.invalid("stageIds", "must list every stage of " + request.category() + " exactly once");
            }
            for (Stage s : inCategory) {
                int position = request.stageIds().indexOf(s.id);
                if (s.isApproved() && position != s.position) {
                    throw Problems.conflict("The Approved stage is tied to booking and cannot be moved.");
                }
                s.position = position;
            }
            return all.stream().filter(s -> s.category == request.category())
                    .sorted((a, b) -> Integer.compare(a.position, b.position)).map(StageView::of).toList();
        });
    }

    /** Deletes a stage; its contacts move to the replacement in the same transaction. */
    public Uni<Void> deleteStage(UUID workspaceId, UUID actorId, UUID id, UUID replacementId) {
        return requireEditable(workspaceId, id).chain(s -> {
            if (s.isDefault) {
                throw Problems.conflict("The default stage cannot be deleted: make another stage the default first.");
            }
            return contactStages.countIn(workspaceId, s.id).chain(count -> {
                if (count == 0) {
                    return stages.delete(s);
                }
                if (replacementId == null) {
                    throw Problems.conflict(count + " contacts are in this stage: give a replacement stage.");
                }
                return replacement(workspaceId, s, replacementId)
                        .chain(target -> contactStages.moveAll(workspaceId, actorId, s, target))
                        .chain(() -> stages.delete(s));
            });
        });
    }

    public Uni<List<StageCount>> countContacts(UUID workspaceId) {
        return stages.listInWorkspace(workspaceId).chain(all -> contactStages.countByStage(workspaceId).map(counts -> {
            List<StageCount> result = new ArrayList<>();
            for (Stage s : all) {
                result.add(new StageCount(s.id, s.name, counts.getOrDefault(s.id, 0L)));
            }
            result.add(new StageCount(null, null, counts.getOrDefault(null, 0L)));
            return result;
        }));
    }

    private Uni<Stage> moveCategory(Stage s, StageChanges changes) {
        if (s.isDefault && changes.category() != StageCategory.ACTIVE) {
            throw Problems.invalid("category", "the default stage must stay Active");
        }
        return stages.listInWorkspace(s.workspaceId).chain(all -> {
            for (Stage other : all) {
                if (other.category == s.category && other.position > s.position) {
                    other.position--;
                }
            }
            s.position = (int) all.stream().filter(x -> x.category == changes.category()).count();
            s.category = changes.category();
            return makeDefaultIfAsked(s, changes);
        });
    }

    private Uni<Stage> makeDefaultIfAsked(Stage s, StageChanges changes) {
        if (!Boolean.TRUE.equals(changes.isDefault()) || s.isDefault) {
            return Uni.createFrom().item(s);
        }
        if (s.category != StageCategory.ACTIVE) {
            throw Problems.invalid("isDefault", "only an Active stage can be the default");
        }
        // The partial unique index allows one default: clear the old one and flush before setting the new.
        return stages.update("isDefault = false where workspaceId = ?1 and isDefault = true", s.workspaceId)
                .chain(() -> stages.flush())
                .invoke(() -> s.isDefault = true)
                .replaceWith(s);
    }

    private Uni<Stage> replacement(UUID workspaceId, Stage deleted, UUID replacementId) {
        return stages.findInWorkspace(workspaceId, replacementId).map(target -> {
            if (target == null || target.id.equals(deleted.id)) {
                throw Problems.invalid("replacement", "must be another stage of this workspace");
            }
            if (target.isApproved()) {
                throw Problems.invalid("replacement", "Approved is reached only by booking a call");
            }
            return target;
        });
    }

    private Uni<Stage> requireEditable(UUID workspaceId, UUID id) {
        return stages.findInWorkspace(workspaceId, id).map(s -> {
            if (s == null) {
                throw Problems.notFound("Stage", id);
            }
            if (s.isApproved()) {
                throw Problems.conflict("The Approved stage is tied to booking and cannot be edited, moved or deleted.");
            }
            return s;
        });
    }

    private Uni<Void> nameFree(UUID workspaceId, String name, Stage self) {
        if (name == null || self != null && name.strip().equalsIgnoreCase(self.name)) {
            return Uni.createFrom().voidItem();
        }
        return stages.findByName(workspaceId, name.strip()).map(other -> {
            if (other != null) {
                throw Problems.conflict("A stage named '" + name.strip() + "' exists.");
            }
            return null;
        });
    }

    private static String color(String value) {
        return StageColor.resolve(value).orElseThrow(() -> Problems.invalid(List.of(new FieldError("color",
                "must be #RRGGBB or one of " + StageColor.PALETTE.keySet()))));
    }

    private static String icon(String value) {
        if (value != null && !StageIcon.CATALOGUE.contains(value)) {
            throw Problems.invalid("icon", "must be an icon of the catalogue");
        }
        return value;
    }
}
