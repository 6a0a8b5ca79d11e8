package io.handoff.contacts.note;

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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** Notes on a contact: any member posts; the author, an admin or a manager edits or deletes. */
@Path("/api/v1/contacts/{contactId}/notes")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
@Cancellable(false)
public class NoteResource {

    @Inject
    NoteService service;
    @Inject
    IdempotentCreation idempotency;
    @Inject
    Caller caller;

    @POST
    public Uni<Response> addNote(@PathParam("contactId") UUID contactId, @HeaderParam(IdempotentCreation.HEADER) String key,
                                 @Valid @NotNull NoteInput input) {
        UUID workspaceId = caller.workspaceId();
        UUID userId = caller.userId();
        return idempotency.create(workspaceId, key, "POST /contacts/" + contactId + "/notes", input,
                () -> service.addNote(workspaceId, userId, contactId, input.body())
                        .map(note -> new Created("/api/v1/contacts/" + contactId + "/notes/" + note.id(), note)));
    }

    @GET
    @WithSession
    public Uni<Page<NoteView>> listNotes(@PathParam("contactId") UUID contactId) {
        return service.listNotes(caller.workspaceId(), contactId).map(items -> new Page<>(items, null));
    }

    @PATCH
    @Path("/{noteId}")
    @WithTransaction
    public Uni<NoteView> editNote(@PathParam("contactId") UUID contactId, @PathParam("noteId") UUID noteId,
                                  @Valid @NotNull NoteInput input) {
        return service.editNote(caller.workspaceId(), caller.userId(), caller.canConfigure(), contactId, noteId,
                input.body());
    }

    @DELETE
    @Path("/{noteId}")
    @WithTransaction
    public Uni<Response> deleteNote(@PathParam("contactId") UUID contactId, @PathParam("noteId") UUID noteId) {
        return service.deleteNote(caller.workspaceId(), caller.userId(), caller.canConfigure(), contactId, noteId)
                .map(v -> Response.noContent().build());
    }
}
