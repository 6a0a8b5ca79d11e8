-- Where an outcome moves the contact: per workspace, a result (and optionally one of its reasons) to a stage of
-- contacts-service. reason NULL = any reason of that result; a specific reason wins over it.
CREATE TABLE outcome_stage_mapping (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    result       TEXT NOT NULL,
    reason       TEXT,
    stage_id     UUID NOT NULL
);
CREATE UNIQUE INDEX outcome_stage_mapping_entry ON outcome_stage_mapping (workspace_id, result, COALESCE(reason, ''));

-- What analytics needs of a call besides what outcomes already kept.
ALTER TABLE call ADD COLUMN utm_source  TEXT;
ALTER TABLE call ADD COLUMN lead_id     UUID;
ALTER TABLE call ADD COLUMN rescheduled BOOLEAN NOT NULL DEFAULT FALSE;
-- Calls not ended yet: analytics takes them out of the held figures at the time of the request.
CREATE INDEX call_end ON call (workspace_id, end_at);

-- Names of event types as call.booked.v1 last named them (labels of the analytics groups).
CREATE TABLE known_event_type (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    name         TEXT NOT NULL
);

-- Leads from lead.captured.v1: one row per lead, counted on its first capture, with its latest status.
CREATE TABLE lead_fact (
    lead_id       UUID PRIMARY KEY,
    workspace_id  UUID        NOT NULL,
    email         TEXT        NOT NULL,            -- lower-case: links the lead to its contact
    event_type_id UUID        NOT NULL,
    utm_source    TEXT,
    status        TEXT        NOT NULL,            -- POTENTIAL | QUALIFIED | DISQUALIFIED
    status_at     TIMESTAMPTZ NOT NULL,            -- capture time of the submission the status comes from
    captured_at   TIMESTAMPTZ NOT NULL             -- first capture
);
CREATE INDEX lead_fact_captured ON lead_fact (workspace_id, captured_at);
CREATE INDEX lead_fact_email ON lead_fact (workspace_id, email);

-- Deals from deal.created/updated/deleted.v1, kept as given; a deleted deal stays as a tombstone so that a late
-- copy of an older event cannot bring it back. call_id may name a call not seen yet (events of other topics).
CREATE TABLE deal_fact (
    deal_id      UUID PRIMARY KEY,
    workspace_id UUID          NOT NULL,
    call_id      UUID,
    contact_id   UUID,
    closer_id    UUID,
    setter_id    UUID,
    value        NUMERIC       NOT NULL,
    payment_type TEXT          NOT NULL,          -- WON | RECURRING | DEPOSIT
    deal_date    DATE          NOT NULL,
    deleted      BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at   TIMESTAMPTZ   NOT NULL            -- time of the last event applied
);
CREATE INDEX deal_fact_date ON deal_fact (workspace_id, deal_date);
CREATE INDEX deal_fact_call ON deal_fact (call_id);

-- Contacts by email (contact.created.v1): how a lead, known by email, finds its contact.
CREATE TABLE contact_link (
    contact_id   UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    email        TEXT NOT NULL                    -- lower-case
);
CREATE INDEX contact_link_email ON contact_link (workspace_id, email);

-- What users did to contacts, for setter performance and speed-to-lead; one row per natural key, at the first
-- time it happened: CLAIMED (contact, setter owner), APPROVED (approval, requesting user), STAGE_CHANGED
-- (contact, user). ref_id is the contact, or the approval for APPROVED.
CREATE TABLE setter_action (
    workspace_id UUID        NOT NULL,
    kind         TEXT        NOT NULL,
    ref_id       UUID        NOT NULL,
    user_id      UUID        NOT NULL,
    contact_id   UUID        NOT NULL,
    acted_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (workspace_id, kind, ref_id, user_id)
);
CREATE INDEX setter_action_contact ON setter_action (workspace_id, contact_id, acted_at);
CREATE INDEX setter_action_time ON setter_action (workspace_id, acted_at);

-- Every analytics item of a workspace in a period: one row per call and per lead whose time is in
-- [from_at, to_at), and per deal whose date is in [first_day, last_day]. Each row says which group it belongs
-- to for every grouping and what it adds to each figure, so the daily rollup and the live tail are summed from
-- the same definitions. calls_held, strategy_held and strategy_closed leave out only "has the call ended": the
-- reader filters on end_at.
CREATE FUNCTION analytics_items(ws UUID, from_at TIMESTAMPTZ, to_at TIMESTAMPTZ, first_day DATE, last_day DATE)
RETURNS TABLE (
    closer_key TEXT, setter_key TEXT, event_type_key TEXT, utm_key TEXT, end_at TIMESTAMPTZ,
    leads_captured INT, leads_qualified INT, leads_disqualified INT,
    calls_booked INT, calls_held INT, calls_cancelled INT, calls_rescheduled INT, no_shows INT,
    strategy_booked INT, strategy_held INT, strategy_closed INT, discovery_rejected INT,
    won_deals INT, deposit_deals INT, revenue NUMERIC,
    objection_money INT, objection_logistic INT, objection_partner INT, objection_fear INT,
    objection_smoke_screen INT, objection_no_objection INT,
    no_sale_no_show INT, no_sale_not_interested INT, no_sale_contact_cancelled INT, no_sale_admin_cancelled INT,
    no_sale_unqualified INT, no_sale_follow_up_scheduled INT
) LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN c.kind = 'STRATEGY' THEN c.host_id::text END,
           (CASE WHEN c.kind = 'STRATEGY' THEN c.set_by_id ELSE c.host_id END)::text,
           c.event_type_id::text, c.utm_source, c.end_at,
           0, 0, 0,
           1, x.attended::int, x.cancelled::int, c.rescheduled::int, x.no_show::int,
           (c.kind = 'STRATEGY')::int, (c.kind = 'STRATEGY' AND x.attended)::int,
           (c.kind = 'STRATEGY' AND x.attended AND EXISTS (SELECT 1 FROM deal_fact d
               WHERE d.call_id = c.id AND d.payment_type = 'WON' AND NOT d.deleted))::int,
           (c.kind = 'DISCOVERY' AND x.counted AND x.result = 'REJECTED')::int,
           0, 0, 0::numeric,
           (x.counted AND x.objection = 'MONEY')::int, (x.counted AND x.objection = 'LOGISTIC')::int,
           (x.counted AND x.objection = 'PARTNER')::int, (x.counted AND x.objection = 'FEAR')::int,
           (x.counted AND x.objection = 'SMOKE_SCREEN')::int, (x.counted AND x.objection = 'NO_OBJECTION')::int,
           (x.no_sale AND x.reason = 'NO_SHOW')::int, (x.no_sale AND x.reason = 'NOT_INTERESTED')::int,
           (x.no_sale AND x.reason = 'CONTACT_CANCELLED')::int, (x.no_sale AND x.reason = 'ADMIN_CANCELLED')::int,
           (x.no_sale AND x.reason = 'UNQUALIFIED')::int, (x.no_sale AND x.reason = 'FOLLOW_UP_SCHEDULED')::int
    FROM call c
    LEFT JOIN outcome o ON o.call_id = c.id
    CROSS JOIN LATERAL (
        SELECT y.*, y.counted AND y.reason <> 'NO_SHOW' AS attended, y.counted AND y.reason = 'NO_SHOW' AS no_show,
               y.counted AND y.result = 'NO_SALE' AS no_sale
        FROM (SELECT c.status = 'CANCELLED' AS cancelled, c.status <> 'CANCELLED' AS counted,
                     COALESCE(o.result, '') AS result, COALESCE(o.reason, '') AS reason,
                     COALESCE(o.objection, '') AS objection) y
    ) x
    WHERE c.workspace_id = ws AND c.start_at >= from_at AND c.start_at < to_at
    UNION ALL
    SELECT NULL, NULL, l.event_type_id::text, l.utm_source, NULL,
           1, (l.status = 'QUALIFIED')::int, (l.status = 'DISQUALIFIED')::int,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0::numeric, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM lead_fact l
    WHERE l.workspace_id = ws AND l.captured_at >= from_at AND l.captured_at < to_at
    UNION ALL
    SELECT d.closer_id::text, d.setter_id::text, c.event_type_id::text, c.utm_source, NULL,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
           (d.payment_type = 'WON')::int, (d.payment_type = 'DEPOSIT')::int, d.value,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM deal_fact d
    LEFT JOIN call c ON c.id = d.call_id AND c.workspace_id = d.workspace_id
    WHERE d.workspace_id = ws AND NOT d.deleted AND d.deal_date >= first_day AND d.deal_date <= last_day
$$;

-- The daily rollup: per workspace, local day (in the workspace's time zone), grouping and group, the sums of
-- analytics_items. Refreshed, in the transaction that changes a fact, for the days the change touches.
-- group_key is '' for items that have no group under that grouping (a lead has no closer). calls_held,
-- strategy_held and strategy_closed count calls whether or not they have ended; readers take away the calls
-- still under way or to come.
CREATE TABLE analytics_day (
    workspace_id                UUID    NOT NULL,
    dimension                   TEXT    NOT NULL,  -- closer | setter | eventType | utmSource
    day                         DATE    NOT NULL,
    group_key                   TEXT    NOT NULL,
    leads_captured              BIGINT  NOT NULL,
    leads_qualified             BIGINT  NOT NULL,
    leads_disqualified          BIGINT  NOT NULL,
    calls_booked                BIGINT  NOT NULL,
    calls_held                  BIGINT  NOT NULL,
    calls_cancelled             BIGINT  NOT NULL,
    calls_rescheduled           BIGINT  NOT NULL,
    no_shows                    BIGINT  NOT NULL,
    strategy_booked             BIGINT  NOT NULL,
    strategy_held               BIGINT  NOT NULL,
    strategy_closed             BIGINT  NOT NULL,
    discovery_rejected          BIGINT  NOT NULL,
    won_deals                   BIGINT  NOT NULL,
    deposit_deals               BIGINT  NOT NULL,
    revenue                     NUMERIC NOT NULL,
    objection_money             BIGINT  NOT NULL,
    objection_logistic          BIGINT  NOT NULL,
    objection_partner           BIGINT  NOT NULL,
    objection_fear              BIGINT  NOT NULL,
    objection_smoke_screen      BIGINT  NOT NULL,
    objection_no_objection      BIGINT  NOT NULL,
    no_sale_no_show             BIGINT  NOT NULL,
    no_sale_not_interested      BIGINT  NOT NULL,
    no_sale_contact_cancelled   BIGINT  NOT NULL,
    no_sale_admin_cancelled     BIGINT  NOT NULL,
    no_sale_unqualified         BIGINT  NOT NULL,
    no_sale_follow_up_scheduled BIGINT  NOT NULL,
    PRIMARY KEY (workspace_id, dimension, day, group_key)
);
