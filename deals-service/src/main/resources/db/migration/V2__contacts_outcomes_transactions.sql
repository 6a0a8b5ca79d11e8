-- Copies of contacts-service's contacts: their email (to match payments) and where a merge sent them.
CREATE TABLE known_contact (
    id             UUID PRIMARY KEY,
    workspace_id   UUID        NOT NULL,
    -- Unknown while only a merge has named the contact (its contact.created.v1 may still be on its way).
    email          TEXT,
    merged_into_id UUID,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX known_contact_email ON known_contact (workspace_id, lower(email));
CREATE INDEX known_contact_merged ON known_contact (workspace_id, merged_into_id) WHERE merged_into_id IS NOT NULL;

-- The current outcome of each call (latest revision): a SALE on a call without a deal is a "deal missing".
CREATE TABLE call_outcome (
    call_id      UUID PRIMARY KEY,
    workspace_id UUID        NOT NULL,
    contact_id   UUID,
    closer_id    UUID,
    setter_id    UUID,
    result       TEXT        NOT NULL,
    revision     INT         NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX call_outcome_sales ON call_outcome (workspace_id, recorded_at DESC, call_id DESC) WHERE result = 'SALE';
CREATE INDEX call_outcome_contact ON call_outcome (workspace_id, contact_id);
CREATE INDEX deal_call ON deal (workspace_id, call_id) WHERE call_id IS NOT NULL;
CREATE INDEX known_call_contact ON known_call (workspace_id, contact_id);

-- Where a workspace's payment notifications come from; the secret signs them (HMAC-SHA256), so it is kept
-- as given: verifying an HMAC needs the key itself, not a hash of it.
CREATE TABLE transaction_source (
    id           UUID PRIMARY KEY,
    workspace_id UUID        NOT NULL,
    provider     TEXT        NOT NULL CHECK (provider IN ('stripe', 'zapier', 'make', 'custom')),
    name         TEXT        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    secret       TEXT        NOT NULL,
    created_by   UUID        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX transaction_source_workspace ON transaction_source (workspace_id, created_at);

-- Payments reported by a processor. The amount keeps the currency's own decimals (JPY 0, EUR 2, KWD 3).
CREATE TABLE payment_transaction (
    id           UUID PRIMARY KEY,
    workspace_id UUID           NOT NULL,
    source_id    UUID REFERENCES transaction_source (id) ON DELETE SET NULL,
    provider     TEXT           NOT NULL,
    -- The processor's id of the notification (Stripe: evt_…): a redelivery carries the same one.
    external_id  TEXT           NOT NULL,
    -- The processor's id of the payment itself (Stripe: the payment intent, else the charge), when known.
    payment_ref  TEXT,
    amount       NUMERIC(19, 4) NOT NULL CHECK (amount > 0),
    currency     CHAR(3)        NOT NULL,
    email        TEXT,
    contact_id   UUID,
    -- One transaction, one deal: a deal's value comes from at most one transaction and vice versa.
    deal_id      UUID UNIQUE REFERENCES deal (id) ON DELETE SET NULL,
    occurred_at  TIMESTAMPTZ    NOT NULL,
    received_at  TIMESTAMPTZ    NOT NULL,
    version      INT            NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX payment_transaction_delivery ON payment_transaction (workspace_id, provider, external_id);
-- Stripe reports one payment as charge.succeeded and payment_intent.succeeded: it is stored once.
CREATE UNIQUE INDEX payment_transaction_payment ON payment_transaction (workspace_id, provider, payment_ref)
    WHERE payment_ref IS NOT NULL;
CREATE INDEX payment_transaction_newest_first ON payment_transaction (workspace_id, occurred_at DESC, id DESC);
CREATE INDEX payment_transaction_contact ON payment_transaction (workspace_id, contact_id);
CREATE INDEX payment_transaction_unmatched_email ON payment_transaction (workspace_id, lower(email))
    WHERE contact_id IS NULL;
