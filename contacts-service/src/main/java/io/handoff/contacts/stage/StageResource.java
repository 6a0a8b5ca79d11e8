package io.handoff.contacts.stage;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The workspace's contact stages in pipeline order. */
@Path("/api/v1/stages")
public class StageResource {

    @Inject
    StageRepository stages;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
    @WithSession
    public Uni<Page<StageView>> listStages() {
        return stages.listInWorkspace(caller.workspaceId())
                .map(list -> new Page<>(list.stream().map(StageView::of).toList(), null));
    }
}
