-- Scheduling's event types as event-type.saved.v1 announces them (issue 18): an approval's booking is checked
-- against them at once (unknown or another workspace's type, a host who does not host it, the booking window)
-- instead of failing later in scheduling-service. saved_at is the event's time: an older event never wins.
CREATE TABLE known_event_type (
    id                  UUID PRIMARY KEY,
    workspace_id        UUID        NOT NULL,
    name                TEXT        NOT NULL,
    kind                TEXT        NOT NULL,
    assignment          TEXT        NOT NULL,
    host_ids            JSONB       NOT NULL DEFAULT '{"items": []}',
    booking_window_days INT         NOT NULL,
    active              BOOLEAN     NOT NULL,
    saved_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX known_event_type_workspace ON known_event_type (workspace_id);
