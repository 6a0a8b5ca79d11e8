package io.handoff.outcomes.mapping;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Where outcomes move contacts: every member reads the mapping, admins and managers replace it. */
@Path("/api/v1/outcome-stage-mapping")
@Cancellable(false)
public class StageMappingResource {

    @Inject
    StageMappingService service;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
    @WithSession
    public Uni<StageMappingView> findMapping() {
        return service.findMapping(caller.workspaceId());
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @WithTransaction
    public Uni<StageMappingView> replaceMapping(@Valid @NotNull NewStageMapping request) {
        return service.replaceMapping(caller.workspaceId(), request);
    }
}
