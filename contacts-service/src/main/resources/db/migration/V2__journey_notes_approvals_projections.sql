-- The fields a setter fills in when approving a contact (the handoff form); workspace-defined.
ALTER TABLE workspace ADD COLUMN handoff_fields JSONB NOT NULL DEFAULT
    '{"items": [{"key": "pain", "label": "Pain", "required": true},
                {"key": "timeline", "label": "Timeline", "required": true},
                {"key": "budget", "label": "Budget", "required": true},
                {"key": "decisionMakers", "label": "Decision makers", "required": true},
                {"key": "agreedNextStep", "label": "Agreed next step", "required": true}]}';

-- Append-only timeline of a contact. source_event_id makes entries from consumed events idempotent.
CREATE TABLE journey_entry (
    id              UUID PRIMARY KEY,
    workspace_id    UUID        NOT NULL,
    contact_id      UUID        NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    kind            TEXT        NOT NULL,
    actor_kind      TEXT        NOT NULL,
    actor_user_id   UUID,
    summary         TEXT        NOT NULL,
    details         JSONB       NOT NULL DEFAULT '{}',
    source_event_id TEXT
);
CREATE INDEX journey_contact ON journey_entry (workspace_id, contact_id, occurred_at, id);

CREATE TABLE note (
    id           UUID PRIMARY KEY,
    workspace_id UUID        NOT NULL,
    contact_id   UUID        NOT NULL REFERENCES contact (id),
    author_id    UUID        NOT NULL,
    body         TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    version      INT         NOT NULL DEFAULT 0
);
CREATE INDEX note_contact ON note (workspace_id, contact_id, created_at);

CREATE TABLE approval (
    id                UUID PRIMARY KEY,
    workspace_id      UUID        NOT NULL,
    contact_id        UUID        NOT NULL REFERENCES contact (id),
    requested_by      UUID        NOT NULL,
    event_type_id     UUID        NOT NULL,
    host_id           UUID,
    start_at          TIMESTAMPTZ NOT NULL,
    status            TEXT        NOT NULL,
    reason            TEXT,
    detail            TEXT,
    previous_stage_id UUID,
    handoff_notes     JSONB       NOT NULL DEFAULT '{}',
    call_id           UUID,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    version           INT         NOT NULL DEFAULT 0
);
-- At most one approval in flight per contact.
CREATE UNIQUE INDEX approval_one_pending ON approval (contact_id) WHERE status = 'PENDING';

-- Projections of other services' events, for the contact card.
CREATE TABLE contact_call (
    id              UUID PRIMARY KEY,
    workspace_id    UUID        NOT NULL,
    contact_id      UUID        NOT NULL,
    event_type_id   UUID        NOT NULL,
    event_type_name TEXT,
    kind            TEXT        NOT NULL,
    host_id         UUID,
    host_name       TEXT,
    set_by_id       UUID,
    start_at        TIMESTAMPTZ NOT NULL,
    end_at          TIMESTAMPTZ NOT NULL,
    status          TEXT        NOT NULL,
    outcome_result  TEXT,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX contact_call_contact ON contact_call (workspace_id, contact_id, start_at);

CREATE TABLE contact_deal (
    id           UUID PRIMARY KEY,
    workspace_id UUID           NOT NULL,
    contact_id   UUID           NOT NULL,
    call_id      UUID,
    value        NUMERIC(19, 2) NOT NULL,
    currency     CHAR(3)        NOT NULL,
    payment_type TEXT           NOT NULL,
    product_name TEXT,
    deal_date    DATE           NOT NULL,
    updated_at   TIMESTAMPTZ    NOT NULL
);
CREATE INDEX contact_deal_contact ON contact_deal (workspace_id, contact_id);

CREATE TABLE smart_view (
    id           UUID PRIMARY KEY,
    workspace_id UUID        NOT NULL,
    owner_id     UUID        NOT NULL,
    name         TEXT        NOT NULL,
    shared       BOOLEAN     NOT NULL,
    filter       JSONB       NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    version      INT         NOT NULL DEFAULT 0
);
CREATE INDEX smart_view_workspace ON smart_view (workspace_id);
CREATE INDEX contact_answers ON contact USING gin (answers jsonb_path_ops);
