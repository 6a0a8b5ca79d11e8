package io.handoff.contacts.contact;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Appointment Setting: the leads setters work on, i.e. every contact without a booked call. */
@Path("/api/v1/appointment-setting")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
@Cancellable(false)
public class AppointmentSettingResource {

    @Inject
    ContactService service;
    @Inject
    Caller caller;

    @GET
    @WithSession
    public Uni<Page<ContactView>> listLeads(@BeanParam ContactListParams params) {
        return service.listContacts(caller.workspaceId(), params.filter(true), params.sort(),
                PageRequest.of(params.limit, params.cursor));
    }
}
