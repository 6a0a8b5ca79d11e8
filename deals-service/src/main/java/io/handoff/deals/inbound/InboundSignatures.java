package io.handoff.deals.inbound;

/** The signature headers an inbound notification may carry; which ones count depends on its provider. */
public record InboundSignatures(String stripeSignature, String handoffSignature, String handoffTimestamp) {
}
