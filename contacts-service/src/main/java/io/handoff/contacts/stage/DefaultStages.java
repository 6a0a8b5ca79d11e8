package io.handoff.contacts.stage;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The pipeline every new workspace starts with (SPEC.md), New Lead being the default stage. */
@ApplicationScoped
public class DefaultStages {

    private record Template(String name, StageCategory category, String color, String icon, StageAction action) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("New Lead", StageCategory.ACTIVE, "blue", "sparkles", StageAction.NONE),
            new Template("Approved", StageCategory.ACTIVE, "green", "calendar-check", StageAction.BOOK_CALL),
            new Template("Nurturing", StageCategory.ACTIVE, "yellow", "seedling", StageAction.NONE),
            new Template("Contacted", StageCategory.ACTIVE, "purple", "phone", StageAction.NONE),
            new Template("Follow-Up Scheduled", StageCategory.ACTIVE, "orange", "hourglass", StageAction.NONE),
            new Template("Engaged", StageCategory.ACTIVE, "pink", "flame", StageAction.NONE),
            new Template("Ghosting", StageCategory.LOST, "gray", "ghost", StageAction.NONE),
            new Template("Rejected", StageCategory.LOST, "red", "cross", StageAction.NONE),
            new Template("Budget Issue", StageCategory.LOST, "orange", "cash", StageAction.NONE),
            new Template("No Decision", StageCategory.LOST, "yellow", "minus", StageAction.NONE),
            new Template("Not a Fit", StageCategory.LOST, "gray", "block", StageAction.NONE),
            new Template("Customer", StageCategory.WON, "green", "check", StageAction.NONE),
            new Template("Onboarded", StageCategory.WON, "blue", "user-check", StageAction.NONE),
            new Template("Premium Client", StageCategory.WON, "purple", "diamond", StageAction.NONE));

    @Inject
    StageRepository stages;
    @Inject
    Clock clock;

    /** Runs inside the caller's transaction. */
    public Uni<Void> createFor(UUID workspaceId) {
        List<Stage> created = new ArrayList<>();
        int[] positions = new int[StageCategory.values().length];
        for (Template t : TEMPLATES) {
            Stage s = new Stage();
            s.id = UUID.randomUUID();
            s.workspaceId = workspaceId;
            s.name = t.name();
            s.category = t.category();
            s.position = positions[t.category().ordinal()]++;
            s.color = StageColor.resolve(t.color()).orElseThrow();
            s.icon = t.icon();
            s.action = t.action();
            s.isDefault = "New Lead".equals(t.name());
            s.systemKey = t.action() == StageAction.BOOK_CALL ? Stage.APPROVED_KEY : null;
            s.createdAt = clock.instant();
            s.updatedAt = s.createdAt;
            created.add(s);
        }
        return stages.persist(created.stream()).replaceWithVoid();
    }
}
