-- How many days ahead an event type's slots may be booked (issue 18): 60, as common schedulers do.
ALTER TABLE event_type
    ADD COLUMN booking_window_days INT NOT NULL DEFAULT 60 CHECK (booking_window_days BETWEEN 1 AND 730);

-- From now on every saved event type is announced (event-type.saved.v1) so that contacts-service can check an
-- approval's booking and notifications-service can find setters. The event types that exist already are
-- announced once here, through the outbox like any other event, in the envelope OutboxWriter writes.
WITH announced AS (
    SELECT md5(random()::text || clock_timestamp()::text || t.id::text)::uuid AS event_id, t.*
    FROM event_type t
)
INSERT INTO outbox_event (id, workspace_id, topic, event_key, type, payload)
SELECT a.event_id, a.workspace_id, 'handoff.scheduling', a.id::text, 'event-type.saved.v1',
       jsonb_build_object(
           'specversion', '1.0',
           'id', a.event_id::text,
           'source', '/handoff/scheduling-service',
           'type', 'event-type.saved.v1',
           'time', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'subject', a.id::text,
           'datacontenttype', 'application/json',
           'workspace', a.workspace_id::text,
           'data', jsonb_build_object(
               'eventTypeId', a.id::text,
               'name', a.name,
               'kind', a.kind,
               'durationMinutes', a.duration_minutes,
               'assignment', a.assignment,
               'hostIds', COALESCE((SELECT jsonb_agg(h.user_id::text ORDER BY h.user_id)
                                    FROM event_type_host h WHERE h.event_type_id = a.id), '[]'::jsonb),
               'bookingWindowDays', a.booking_window_days,
               'requiresApprovedDiscovery', a.requires_approved_discovery,
               'active', a.active))::text
FROM announced a
ORDER BY a.created_at, a.id;
