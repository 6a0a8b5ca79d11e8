package io.handoff.contacts.workspace;

import io.handoff.contacts.user.UserView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A workspace as the API shows it; admin is present only in the answer to its creation. */
public record WorkspaceView(UUID id, String name, String slug, String currency, String timeZone, Plan plan,
                            int speedToLeadSlaMinutes, List<HandoffField> handoffFields, Instant createdAt,
                            UserView admin) {

    public static WorkspaceView of(Workspace w, UserView admin) {
        return new WorkspaceView(w.id, w.name, w.slug, w.currency, w.timeZone, w.plan, w.speedToLeadSlaMinutes,
                w.handoffFields.items(), w.createdAt, admin);
    }
}
