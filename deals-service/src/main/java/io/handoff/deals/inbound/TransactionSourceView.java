package io.handoff.deals.inbound;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** A source as the API shows it; the secret only in the answer that created it. */
public record TransactionSourceView(UUID id, String provider, String name,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) String secret, String inboundUrl,
                                    Instant createdAt, Instant updatedAt) {

    public static TransactionSourceView of(TransactionSource s) {
        return new TransactionSourceView(s.id, s.provider, s.name, null, s.inboundUrl(), s.createdAt, s.updatedAt);
    }

    public static TransactionSourceView withSecret(TransactionSource s) {
        return new TransactionSourceView(s.id, s.provider, s.name, s.secret, s.inboundUrl(), s.createdAt, s.updatedAt);
    }
}
