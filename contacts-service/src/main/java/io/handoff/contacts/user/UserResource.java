package io.handoff.contacts.user;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.idempotency.Created;
import io.handoff.platform.idempotency.IdempotentCreation;
import io.handoff.platform.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** Members of the caller's workspace: everyone reads them, admins add and change them. */
@Path("/api/v1/users")
@Cancellable(false)
public class UserResource {

    @Inject
    UserService service;
    @Inject
    IdempotentCreation idempotency;
    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> createUser(@HeaderParam(IdempotentCreation.HEADER) String key, @Valid @NotNull NewUser request) {
        UUID workspaceId = caller.workspaceId();
        return idempotency.create(workspaceId, key, "POST /users", request, () -> service.createUser(workspaceId, request)
                .map(user -> new Created("/api/v1/users/" + user.id(), user)));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
    @WithSession
    public Uni<Page<UserView>> listUsers() {
        return service.listUsers(caller.workspaceId()).map(items -> new Page<>(items, null));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
    @WithSession
    public Uni<UserView> findUser(@PathParam("id") UUID id) {
        return service.findUser(caller.workspaceId(), id);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @WithTransaction
    public Uni<UserView> updateUser(@PathParam("id") UUID id, @Valid @NotNull UserChanges changes) {
        return service.updateUser(caller.workspaceId(), id, changes);
    }
}
