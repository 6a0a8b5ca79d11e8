-- Tables every service has: the outbox of events to publish, the inbox of events consumed,
-- and the remembered results of creating requests sent with an Idempotency-Key.

CREATE TABLE outbox_event (
    seq           BIGSERIAL PRIMARY KEY,           -- publication order (per key order follows from it)
    id            UUID        NOT NULL UNIQUE,     -- the CloudEvent id
    workspace_id  UUID,
    topic         TEXT        NOT NULL,
    event_key     TEXT        NOT NULL,            -- the aggregate id: Kafka key and CloudEvent subject
    type          TEXT        NOT NULL,
    payload       TEXT        NOT NULL,            -- the whole CloudEvent as JSON
    traceparent   TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE inbox_event (
    consumer      TEXT        NOT NULL,
    event_id      TEXT        NOT NULL,
    type          TEXT        NOT NULL,
    processed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

CREATE TABLE idempotency_record (
    workspace_id  UUID        NOT NULL,
    idem_key      TEXT        NOT NULL,
    scope         TEXT        NOT NULL,            -- method and path: one key cannot replay another endpoint
    status        INT,
    location      TEXT,
    body          TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, idem_key)
);
