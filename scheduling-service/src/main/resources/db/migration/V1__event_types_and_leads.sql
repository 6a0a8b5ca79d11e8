CREATE TABLE event_type (
    id                          UUID PRIMARY KEY,
    workspace_id                UUID        NOT NULL,
    name                        TEXT        NOT NULL,
    kind                        TEXT        NOT NULL,
    duration_minutes            INT         NOT NULL CHECK (duration_minutes >= 15),
    assignment                  TEXT        NOT NULL,
    questions                   JSONB       NOT NULL DEFAULT '{"items": []}',
    disqualification_rules      JSONB       NOT NULL DEFAULT '{"items": []}',
    requires_approved_discovery BOOLEAN     NOT NULL DEFAULT FALSE,
    active                      BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at                  TIMESTAMPTZ NOT NULL,
    updated_at                  TIMESTAMPTZ NOT NULL,
    version                     INT         NOT NULL DEFAULT 0
);
CREATE INDEX event_type_workspace ON event_type (workspace_id);

CREATE TABLE event_type_host (
    event_type_id UUID NOT NULL REFERENCES event_type (id) ON DELETE CASCADE,
    user_id       UUID NOT NULL,
    weight        INT  NOT NULL CHECK (weight BETWEEN 1 AND 100),
    PRIMARY KEY (event_type_id, user_id)
);

-- One lead per person and workspace: the same email submitting again updates it.
CREATE TABLE lead (
    id                      UUID PRIMARY KEY,
    workspace_id            UUID        NOT NULL,
    event_type_id           UUID        NOT NULL REFERENCES event_type (id),
    email                   TEXT        NOT NULL,
    name                    TEXT,
    phone                   TEXT,
    time_zone               TEXT,
    status                  TEXT        NOT NULL,
    disqualification_reason TEXT,
    answers                 JSONB       NOT NULL DEFAULT '{"items": []}',
    utm_source              TEXT,
    utm_medium              TEXT,
    utm_campaign            TEXT,
    utm_term                TEXT,
    utm_content             TEXT,
    ip_address              TEXT,
    created_at              TIMESTAMPTZ NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL,
    version                 INT         NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX lead_email ON lead (workspace_id, lower(email));
