-- Scheduling's event types as event-type.saved.v1 announces them (issue 18): the hosts of discovery event
-- types are the workspace's setters, whom a qualified lead without a setter owner alerts (closers, who host
-- strategy calls, are not). saved_at is the event's time: an older event never wins.
CREATE TABLE known_event_type (
    id           UUID PRIMARY KEY,
    workspace_id UUID        NOT NULL,
    kind         TEXT        NOT NULL,
    host_ids     JSONB       NOT NULL DEFAULT '{"items": []}',
    active       BOOLEAN     NOT NULL,
    saved_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX known_event_type_workspace ON known_event_type (workspace_id);
