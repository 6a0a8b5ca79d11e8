-- Copies of contacts-service's workspaces and users, kept from its events.
CREATE TABLE known_workspace (
    id                        UUID PRIMARY KEY,
    name                      TEXT        NOT NULL,
    slug                      TEXT        NOT NULL UNIQUE,
    currency                  CHAR(3)     NOT NULL,
    time_zone                 TEXT        NOT NULL,
    plan                      TEXT        NOT NULL,
    speed_to_lead_sla_minutes INT         NOT NULL DEFAULT 5,
    updated_at                TIMESTAMPTZ NOT NULL
);

CREATE TABLE known_user (
    id           UUID PRIMARY KEY,
    workspace_id UUID        NOT NULL,
    name         TEXT        NOT NULL,
    email        TEXT        NOT NULL,
    time_zone    TEXT        NOT NULL,
    role         TEXT        NOT NULL,
    active       BOOLEAN     NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX known_user_workspace ON known_user (workspace_id);
