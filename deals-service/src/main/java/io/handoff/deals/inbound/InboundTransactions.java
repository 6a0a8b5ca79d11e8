package io.handoff.deals.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.handoff.deals.transaction.PaymentNotice;
import io.handoff.deals.transaction.RecordedTransaction;
import io.handoff.deals.transaction.TransactionService;
import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes a payment notification from outside: the source names the workspace, the signature over the raw body
 * proves the sender knows the source's secret (checked before the body is even parsed), then the payment is stored.
 */
@ApplicationScoped
public class InboundTransactions {

    @Inject
    TransactionSourceRepository sources;
    @Inject
    TransactionService transactions;
    @Inject
    GenericNotices genericNotices;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /** How far a signed timestamp may be from now: older notifications could be replays. */
    @ConfigProperty(name = "handoff.transactions.signature-tolerance", defaultValue = "300s")
    Duration tolerance;

    /** Runs inside the caller's transaction; empty when the notification reports no payment (acknowledged only). */
    public Uni<Optional<RecordedTransaction>> receive(String providerName, String sourceId,
                                                      InboundSignatures signatures, byte[] body) {
        Provider provider = Provider.of(providerName)
                .orElseThrow(() -> Problems.notFound("Transaction provider", providerName));
        UUID id = sourceId(sourceId);
        return sources.findForInbound(id, provider)
                .onItem().ifNull().failWith(() -> Problems.notFound("Transaction source", sourceId))
                .chain(source -> {
                    verify(provider, source.secret, signatures, body);
                    Optional<PaymentNotice> notice = read(provider, body);
                    if (notice.isEmpty()) {
                        return Uni.createFrom().item(Optional.<RecordedTransaction>empty());
                    }
                    return transactions.recordPayment(source.workspaceId, source.id, provider.path(), notice.get())
                            .map(Optional::of);
                });
    }

    private void verify(Provider provider, String secret, InboundSignatures signatures, byte[] body) {
        if (provider == Provider.STRIPE) {
            StripeSignature.verify(secret, signatures.stripeSignature(), body, clock.instant(), tolerance);
        } else {
            HandoffSignature.verify(secret, signatures.handoffSignature(), signatures.handoffTimestamp(), body,
                    clock.instant(), tolerance);
        }
    }

    private Optional<PaymentNotice> read(Provider provider, byte[] body) {
        if (provider != Provider.STRIPE) {
            return Optional.of(genericNotices.read(body));
        }
        try {
            JsonNode event = json.readTree(body);
            if (event == null || !event.isObject()) {
                throw Problems.badRequest("The body must be a Stripe event (a JSON object).");
            }
            return StripeNotices.read(event);
        } catch (IOException e) {
            throw Problems.badRequest("The body is not well-formed JSON.");
        }
    }

    private static UUID sourceId(String raw) {
        try {
            return UUID.fromString(raw == null ? "" : raw.strip());
        } catch (IllegalArgumentException e) {
            throw Problems.notFound("Transaction source", raw);
        }
    }
}
