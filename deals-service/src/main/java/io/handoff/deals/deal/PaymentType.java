package io.handoff.deals.deal;

/**
 * How a deal was paid: WON is a first-time customer (counts for the closing rate), RECURRING a returning
 * one (does not), DEPOSIT a partial payment (counts for the engagement rate).
 */
public enum PaymentType {
    WON, RECURRING, DEPOSIT
}
