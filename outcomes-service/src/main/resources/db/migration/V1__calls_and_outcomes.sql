-- The calls outcomes are recorded for: this service's copy of scheduling-service's calls.
CREATE TABLE call (
    id            UUID PRIMARY KEY,
    workspace_id  UUID        NOT NULL,
    event_type_id UUID        NOT NULL,
    kind          TEXT        NOT NULL,            -- STRATEGY | DISCOVERY
    host_id       UUID        NOT NULL,
    contact_id    UUID,
    set_by_id     UUID,
    start_at      TIMESTAMPTZ NOT NULL,
    end_at        TIMESTAMPTZ NOT NULL,
    status        TEXT        NOT NULL,            -- BOOKED | CANCELLED
    -- Time of the last scheduling event applied: an older one never overwrites a newer one.
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX call_workspace ON call (workspace_id, start_at);

-- The current outcome of a call: at most one per call, its revision counting corrections.
CREATE TABLE outcome (
    id           UUID PRIMARY KEY,
    workspace_id UUID        NOT NULL,
    call_id      UUID        NOT NULL UNIQUE REFERENCES call (id),
    call_kind    TEXT        NOT NULL,
    contact_id   UUID,
    host_id      UUID        NOT NULL,
    set_by_id    UUID,
    revision     INT         NOT NULL,
    result       TEXT        NOT NULL,
    objection    TEXT,
    reason       TEXT,
    notes        TEXT,
    recorded_by  UUID        NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,             -- of the current revision
    created_at   TIMESTAMPTZ NOT NULL,             -- of revision 1: the stable sort key of lists
    version      INT         NOT NULL DEFAULT 0
);
CREATE INDEX outcome_newest_first ON outcome (workspace_id, created_at DESC, id DESC);

-- Every revision of every outcome, the current one included: corrections never erase history.
CREATE TABLE outcome_revision (
    id           UUID PRIMARY KEY,
    outcome_id   UUID        NOT NULL REFERENCES outcome (id),
    workspace_id UUID        NOT NULL,
    call_id      UUID        NOT NULL,
    revision     INT         NOT NULL,
    result       TEXT        NOT NULL,
    objection    TEXT,
    reason       TEXT,
    notes        TEXT,
    host_id      UUID        NOT NULL,
    set_by_id    UUID,
    recorded_by  UUID        NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (outcome_id, revision)
);
