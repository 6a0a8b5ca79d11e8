-- Reminders to invitees, handoff alerts to setters, managers and closers, the projections they are
-- written from, and the failure streak that disables a webhook endpoint after five days.

-- When the endpoint's current run of failed attempts began; cleared by any 2xx and when re-enabled.
ALTER TABLE webhook_endpoint ADD COLUMN failing_since TIMESTAMPTZ;

-- Contacts as contacts-service announces them, with what the alerts and the handoff brief need.
CREATE TABLE known_contact (
    id                       UUID PRIMARY KEY,
    workspace_id             UUID        NOT NULL,
    email                    TEXT        NOT NULL,            -- lower case: contacts are unique by email
    name                     TEXT,
    phone                    TEXT,
    time_zone                TEXT,
    setter_owner_id          UUID,
    qualified_at             TIMESTAMPTZ,                     -- set once: a lead is announced as qualified once
    last_setter_action_at    TIMESTAMPTZ,
    booked_at                TIMESTAMPTZ,                     -- the last call booked for the contact
    discovery_result         TEXT,                            -- the latest discovery outcome, the setter's
    discovery_notes          TEXT,
    discovery_recorded_at    TIMESTAMPTZ,
    created_at               TIMESTAMPTZ NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL
);
CREATE INDEX known_contact_email ON known_contact (workspace_id, email);

-- A lead that qualified on the booking form before its contact was announced (other topic, other order).
CREATE TABLE pending_qualification (
    id           UUID PRIMARY KEY,
    workspace_id UUID        NOT NULL,
    email        TEXT        NOT NULL,                        -- lower case
    qualified_at TIMESTAMPTZ NOT NULL,
    UNIQUE (workspace_id, email)
);

-- The last things that happened to a contact, for the journey summary of the handoff brief.
CREATE TABLE contact_activity (
    id           UUID PRIMARY KEY,
    workspace_id UUID        NOT NULL,
    contact_id   UUID        NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    summary      TEXT        NOT NULL
);
CREATE INDEX contact_activity_latest ON contact_activity (contact_id, occurred_at DESC);

-- The setter's handoff notes of an approval (booking.requested.v1), for the closer's brief.
CREATE TABLE handoff_note (
    approval_id  UUID PRIMARY KEY,
    workspace_id UUID        NOT NULL,
    contact_id   UUID        NOT NULL,
    requested_by UUID,
    notes        JSONB       NOT NULL DEFAULT '{}',
    requested_at TIMESTAMPTZ NOT NULL
);

-- Calls as scheduling-service announces them, kept current through reschedules and cancellations.
CREATE TABLE known_call (
    id                UUID PRIMARY KEY,
    workspace_id      UUID        NOT NULL,
    contact_id        UUID,                                   -- absent on public bookings: matched by email
    approval_id       UUID,
    event_type_name   TEXT,
    kind              TEXT        NOT NULL,                   -- STRATEGY | DISCOVERY
    host_id           UUID        NOT NULL,
    host_name         TEXT,
    host_email        TEXT,
    set_by_id         UUID,
    set_by_name       TEXT,
    invitee_email     TEXT,
    invitee_name      TEXT,
    invitee_phone     TEXT,
    invitee_time_zone TEXT,
    answers           JSONB       NOT NULL DEFAULT '{"items": []}',
    start_at          TIMESTAMPTZ NOT NULL,
    end_at            TIMESTAMPTZ NOT NULL,
    status            TEXT        NOT NULL,                   -- BOOKED | CANCELLED
    updated_at        TIMESTAMPTZ NOT NULL
);

-- Every message planned: reminders, confirmations, alerts, briefs (one row per channel and recipient),
-- and the speed-to-lead checks. The worker claims due rows with SKIP LOCKED under a lease, like deliveries.
CREATE TABLE scheduled_notification (
    id              UUID PRIMARY KEY,                         -- also notification.sent.v1's notificationId
    workspace_id    UUID        NOT NULL,
    kind            TEXT        NOT NULL,
    channel         TEXT,                                     -- EMAIL | SMS; none for SLA_CHECK
    recipient       TEXT,                                     -- an email address or an E.164 number
    call_id         UUID,
    contact_id      UUID,
    contact_email   TEXT,                                     -- finds the contact when contact_id is unknown
    payload         JSONB       NOT NULL DEFAULT '{}',
    due_at          TIMESTAMPTZ NOT NULL,
    status          TEXT        NOT NULL,
    status_reason   TEXT,
    attempt_count   INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,                              -- due_at, then after a lease or a failed send
    lease_id        UUID,
    last_error      TEXT,
    sent_at         TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX scheduled_notification_due ON scheduled_notification (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX scheduled_notification_call ON scheduled_notification (call_id, due_at);
CREATE INDEX scheduled_notification_contact ON scheduled_notification (contact_id, due_at);
