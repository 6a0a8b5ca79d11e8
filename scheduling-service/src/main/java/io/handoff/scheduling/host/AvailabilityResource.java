package io.handoff.scheduling.host;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.problem.Problems;
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
import jakarta.ws.rs.PathParam;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** A host's availability: admins and managers set anyone's, users their own; every member reads. */
@Path("/api/v1/hosts/{userId}/availability")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
@Cancellable(false)
public class AvailabilityResource {

    @Inject
    AvailabilityService service;
    @Inject
    Caller caller;

    @PUT
    @WithTransaction
    public Uni<AvailabilityView> replaceAvailability(@PathParam("userId") UUID userId,
                                                     @Valid @NotNull Availability request) {
        if (!caller.canConfigure() && !caller.userId().equals(userId)) {
            throw Problems.forbidden("Only admins, managers and the host themself may set a host's availability.");
        }
        return service.replaceAvailability(caller.workspaceId(), userId, request);
    }

    @GET
    @WithSession
    public Uni<AvailabilityView> findAvailability(@PathParam("userId") UUID userId) {
        return service.findAvailability(caller.workspaceId(), userId);
    }
}
