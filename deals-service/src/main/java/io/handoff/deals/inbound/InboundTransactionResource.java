package io.handoff.deals.inbound;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.net.URI;

/**
 * Payment notifications from processors and automations. Public (they hold no token): {@code ?source=} names the
 * workspace's source and its secret must sign the raw body. 201 stores a transaction, 200 answers a redelivery
 * with the one stored before, 204 acknowledges an event that reports no payment.
 */
@Path("/api/v1/transactions/inbound/{provider}")
@PermitAll
@Cancellable(false)
public class InboundTransactionResource {

    @Inject
    InboundTransactions inbound;

    /** The body is taken as bytes: the signature covers exactly what was sent, not a re-serialised copy. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @WithTransaction
    public Uni<Response> receive(@PathParam("provider") String provider, @QueryParam("source") String source,
                                 @HeaderParam(StripeSignature.HEADER) String stripeSignature,
                                 @HeaderParam(HandoffSignature.SIGNATURE_HEADER) String handoffSignature,
                                 @HeaderParam(HandoffSignature.TIMESTAMP_HEADER) String handoffTimestamp,
                                 byte[] body) {
        var signatures = new InboundSignatures(stripeSignature, handoffSignature, handoffTimestamp);
        return inbound.receive(provider, source, signatures, body == null ? new byte[0] : body)
                .map(recorded -> recorded.map(r -> r.isNew()
                        ? Response.created(URI.create("/api/v1/transactions/" + r.transaction().id()))
                        .entity(r.transaction()).build()
                        : Response.ok(r.transaction()).build()).orElseGet(() -> Response.noContent().build()));
    }
}
