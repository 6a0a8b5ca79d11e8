package io.handoff.events.contacts;

import java.util.UUID;

/** Data of workspace.created.v1 and workspace.updated.v1: the whole current settings. */
public record WorkspaceSettings(UUID workspaceId, String name, String slug, String currency, String timeZone,
                                String plan, Integer speedToLeadSlaMinutes) {
}
