-- Webhook endpoints of a workspace, the deliveries planned for them and every attempt made.

CREATE TABLE webhook_endpoint (
    id                         UUID PRIMARY KEY,
    workspace_id               UUID        NOT NULL,
    url                        TEXT        NOT NULL,
    description                TEXT,
    event_types                JSONB       NOT NULL DEFAULT '{"items": []}',  -- empty: every subscribable type
    enabled                    BOOLEAN     NOT NULL,
    disabled_reason            TEXT,
    secret                     TEXT        NOT NULL,
    -- After a rotation the previous secret keeps signing until it expires, so receivers can switch over.
    previous_secret            TEXT,
    previous_secret_expires_at TIMESTAMPTZ,
    created_at                 TIMESTAMPTZ NOT NULL,
    updated_at                 TIMESTAMPTZ NOT NULL,
    version                    INT         NOT NULL DEFAULT 0
);
CREATE INDEX webhook_endpoint_newest_first ON webhook_endpoint (workspace_id, created_at DESC, id DESC);

CREATE TABLE webhook_delivery (
    id              UUID PRIMARY KEY,                 -- also the webhook-id header, the same on every attempt
    workspace_id    UUID        NOT NULL,
    endpoint_id     UUID        NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_id        TEXT        NOT NULL,
    event_type      TEXT        NOT NULL,             -- without its version suffix, e.g. call.booked
    payload         TEXT        NOT NULL,             -- the exact body that is signed and sent
    status          TEXT        NOT NULL,
    attempt_count   INT         NOT NULL DEFAULT 0,
    failed_in_round INT         NOT NULL DEFAULT 0,   -- failures since first queued or last replayed
    next_attempt_at TIMESTAMPTZ,
    lease_id        UUID,                             -- set by the replica that claimed the delivery
    last_status     INT,
    last_attempt_at TIMESTAMPTZ,
    delivered_at    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    -- A redelivered event never plans a second delivery to the same endpoint.
    UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_newest_first ON webhook_delivery (endpoint_id, created_at DESC, id DESC);

CREATE TABLE webhook_delivery_attempt (
    id                UUID PRIMARY KEY,
    delivery_id       UUID        NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    workspace_id      UUID        NOT NULL,
    attempted_at      TIMESTAMPTZ NOT NULL,
    http_status       INT,
    latency_ms        BIGINT      NOT NULL,
    response_excerpt  TEXT,                           -- at most 1 KiB of the response body
    error             TEXT
);
CREATE INDEX webhook_delivery_attempt_delivery ON webhook_delivery_attempt (delivery_id, attempted_at);
