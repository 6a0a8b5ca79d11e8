CREATE TABLE workspace (
    id                        UUID PRIMARY KEY,
    name                      TEXT        NOT NULL,
    slug                      TEXT        NOT NULL UNIQUE,
    currency                  CHAR(3)     NOT NULL,
    time_zone                 TEXT        NOT NULL,
    plan                      TEXT        NOT NULL,
    speed_to_lead_sla_minutes INT         NOT NULL DEFAULT 5,
    created_at                TIMESTAMPTZ NOT NULL,
    updated_at                TIMESTAMPTZ NOT NULL,
    version                   INT         NOT NULL DEFAULT 0
);

CREATE TABLE app_user (
    id           UUID PRIMARY KEY,
    workspace_id UUID        NOT NULL REFERENCES workspace (id),
    name         TEXT        NOT NULL,
    email        TEXT        NOT NULL,
    time_zone    TEXT        NOT NULL,
    role         TEXT        NOT NULL,
    active       BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    version      INT         NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX app_user_email ON app_user (workspace_id, lower(email));

CREATE TABLE stage (
    id           UUID PRIMARY KEY,
    workspace_id UUID        NOT NULL REFERENCES workspace (id),
    name         TEXT        NOT NULL,
    category     TEXT        NOT NULL,
    position     INT         NOT NULL,
    icon         TEXT,
    color        TEXT        NOT NULL,
    action       TEXT        NOT NULL,
    is_default   BOOLEAN     NOT NULL DEFAULT FALSE,
    -- 'APPROVED' marks the stage tied to booking, whatever it is called.
    system_key   TEXT,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    version      INT         NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX stage_name ON stage (workspace_id, lower(name));
-- Exactly one default stage per workspace.
CREATE UNIQUE INDEX stage_one_default ON stage (workspace_id) WHERE is_default;

CREATE TABLE contact (
    id                      UUID PRIMARY KEY,
    workspace_id            UUID        NOT NULL REFERENCES workspace (id),
    email                   TEXT        NOT NULL,
    name                    TEXT,
    phone                   TEXT,
    secondary_email         TEXT,
    secondary_phone         TEXT,
    ip_address              TEXT,
    time_zone               TEXT,
    answers                 JSONB       NOT NULL DEFAULT '{"items": []}',
    tags                    JSONB       NOT NULL DEFAULT '{"items": []}',
    utm_source              TEXT,
    utm_medium              TEXT,
    utm_campaign            TEXT,
    utm_term                TEXT,
    utm_content             TEXT,
    lead_status             TEXT,
    disqualification_reason TEXT,
    lead_id                 UUID,
    stage_id                UUID REFERENCES stage (id),
    setter_owner_id         UUID REFERENCES app_user (id),
    closer_owner_id         UUID REFERENCES app_user (id),
    set_by_id               UUID REFERENCES app_user (id),
    last_event_type_id      UUID,
    created_at              TIMESTAMPTZ NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL,
    version                 INT         NOT NULL DEFAULT 0
);
-- Email is unique per workspace, case-insensitively: the same person never becomes two contacts.
CREATE UNIQUE INDEX contact_email ON contact (workspace_id, lower(email));
CREATE INDEX contact_newest_first ON contact (workspace_id, created_at DESC, id DESC);
CREATE INDEX contact_stage ON contact (workspace_id, stage_id);
