-- Hosts' bookable hours, calls with a database-enforced "no double booking", their history, what the
-- service learned from outcomes (the discovery gate, call tags) and the approvals it has answered.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- One row per host; weekly hours and overrides are local times in the host's own zone.
CREATE TABLE host_availability (
    user_id                UUID PRIMARY KEY,
    workspace_id           UUID        NOT NULL,
    time_zone              TEXT        NOT NULL,
    weekly                 JSONB       NOT NULL DEFAULT '{"items": []}',
    overrides              JSONB       NOT NULL DEFAULT '{"items": []}',
    buffer_before_minutes  INT         NOT NULL CHECK (buffer_before_minutes >= 0),
    buffer_after_minutes   INT         NOT NULL CHECK (buffer_after_minutes >= 0),
    minimum_notice_minutes INT         NOT NULL CHECK (minimum_notice_minutes >= 0),
    max_calls_per_day      INT CHECK (max_calls_per_day > 0),
    updated_at             TIMESTAMPTZ NOT NULL,
    version                INT         NOT NULL DEFAULT 0
);
CREATE INDEX host_availability_workspace ON host_availability (workspace_id);

-- blocked_from/blocked_to are the call widened by the host's buffers at booking time: two live calls of a
-- host never have overlapping blocked ranges, whatever races the application loses.
CREATE TABLE call (
    id                UUID PRIMARY KEY,
    workspace_id      UUID        NOT NULL,
    event_type_id     UUID        NOT NULL REFERENCES event_type (id),
    kind              TEXT        NOT NULL,
    host_id           UUID        NOT NULL,
    start_at          TIMESTAMPTZ NOT NULL,
    end_at            TIMESTAMPTZ NOT NULL,
    blocked_from      TIMESTAMPTZ NOT NULL,
    blocked_to        TIMESTAMPTZ NOT NULL,
    status            TEXT        NOT NULL,
    booked_via        TEXT        NOT NULL,
    lead_id           UUID,
    contact_id        UUID,
    approval_id       UUID UNIQUE,
    invitee_email     TEXT        NOT NULL,
    invitee_name      TEXT,
    invitee_phone     TEXT,
    invitee_time_zone TEXT,
    answers           JSONB       NOT NULL DEFAULT '{"items": []}',
    utm_source        TEXT,
    utm_medium        TEXT,
    utm_campaign      TEXT,
    utm_term          TEXT,
    utm_content       TEXT,
    set_by_id         UUID,
    set_by_name       TEXT,
    set_by_email      TEXT,
    reschedule_count  INT         NOT NULL DEFAULT 0,
    cancelled_by      TEXT,
    cancel_reason     TEXT,
    cancelled_at      TIMESTAMPTZ,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    version           INT         NOT NULL DEFAULT 0,
    CHECK (end_at > start_at AND blocked_from <= start_at AND blocked_to >= end_at),
    CONSTRAINT call_no_double_booking EXCLUDE USING gist (
        host_id WITH =, tstzrange(blocked_from, blocked_to) WITH &&) WHERE (status <> 'CANCELLED')
);
CREATE INDEX call_workspace_start ON call (workspace_id, start_at, id);
CREATE INDEX call_host_start ON call (host_id, start_at);
CREATE INDEX call_event_type_host ON call (event_type_id, host_id);
CREATE INDEX call_invitee ON call (workspace_id, lower(invitee_email), event_type_id);
CREATE INDEX call_contact ON call (contact_id);

-- Every reschedule and cancellation, so a call's past times and hosts are never lost.
CREATE TABLE call_change (
    id               UUID PRIMARY KEY,
    seq              BIGSERIAL   NOT NULL,         -- the order of changes, even within one instant
    call_id          UUID        NOT NULL REFERENCES call (id),
    workspace_id     UUID        NOT NULL,
    kind             TEXT        NOT NULL,
    previous_host_id UUID,
    previous_start   TIMESTAMPTZ,
    previous_end     TIMESTAMPTZ,
    host_id          UUID,
    start_at         TIMESTAMPTZ,
    end_at           TIMESTAMPTZ,
    reason           TEXT,
    actor_kind       TEXT        NOT NULL,
    actor_user_id    UUID,
    changed_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX call_change_call ON call_change (call_id, seq);

-- The current outcome of each call as outcomes-service announced it (latest revision wins).
CREATE TABLE call_outcome (
    call_id      UUID PRIMARY KEY,
    workspace_id UUID        NOT NULL,
    contact_id   UUID,
    call_kind    TEXT        NOT NULL,
    result       TEXT        NOT NULL,
    revision     INT         NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX call_outcome_contact ON call_outcome (workspace_id, contact_id);

-- Approvals answered (booked or rejected): a second request with the same approval id has no effect.
CREATE TABLE approval_answer (
    approval_id  UUID PRIMARY KEY,
    workspace_id UUID        NOT NULL,
    contact_id   UUID        NOT NULL,
    call_id      UUID,
    rejection    TEXT,
    answered_at  TIMESTAMPTZ NOT NULL
);

-- Contacts as contacts-service announced them (email lower-cased), so that bookings learn their contact id;
-- a merge points the duplicate's emails at the primary.
CREATE TABLE known_contact (
    workspace_id UUID NOT NULL,
    email        TEXT NOT NULL,
    contact_id   UUID NOT NULL,
    PRIMARY KEY (workspace_id, email)
);
CREATE INDEX known_contact_id ON known_contact (contact_id);
