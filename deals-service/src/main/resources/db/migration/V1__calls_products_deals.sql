-- Copies of scheduling-service's booked calls: who hosted (closer) and who set each call.
CREATE TABLE known_call (
    id           UUID PRIMARY KEY,
    workspace_id UUID        NOT NULL,
    contact_id   UUID,
    host_id      UUID        NOT NULL,
    set_by_id    UUID,
    kind         TEXT        NOT NULL,
    start_at     TIMESTAMPTZ NOT NULL,
    end_at       TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX known_call_workspace ON known_call (workspace_id);

CREATE TABLE product (
    id            UUID PRIMARY KEY,
    workspace_id  UUID          NOT NULL,
    name          TEXT          NOT NULL,
    default_price NUMERIC(19, 2) NOT NULL CHECK (default_price >= 0),
    -- Deleted products are archived, not erased: the deals that sold them keep their product.
    archived_at   TIMESTAMPTZ,
    created_at    TIMESTAMPTZ   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    version       INT           NOT NULL DEFAULT 0
);
-- Names are unique per workspace, case-insensitively, among products still offered.
CREATE UNIQUE INDEX product_name ON product (workspace_id, lower(name)) WHERE archived_at IS NULL;

CREATE TABLE deal (
    id              UUID PRIMARY KEY,
    workspace_id    UUID           NOT NULL,
    contact_id      UUID           NOT NULL,
    call_id         UUID,
    closer_id       UUID           NOT NULL,
    setter_id       UUID,
    -- Exact money: never a binary floating-point type.
    value           NUMERIC(19, 2) NOT NULL CHECK (value > 0),
    currency        CHAR(3)        NOT NULL,
    deal_date       DATE           NOT NULL,
    product_id      UUID REFERENCES product (id),
    payment_type    TEXT           NOT NULL CHECK (payment_type IN ('WON', 'RECURRING', 'DEPOSIT')),
    related_deal_id UUID REFERENCES deal (id),
    notes           TEXT CHECK (char_length(notes) <= 1500),
    created_by      UUID           NOT NULL,
    created_at      TIMESTAMPTZ    NOT NULL,
    updated_at      TIMESTAMPTZ    NOT NULL,
    version         INT            NOT NULL DEFAULT 0
);
CREATE INDEX deal_newest_first ON deal (workspace_id, deal_date DESC, created_at DESC, id DESC);
CREATE INDEX deal_contact ON deal (workspace_id, contact_id);
CREATE INDEX deal_related ON deal (related_deal_id) WHERE related_deal_id IS NOT NULL;
