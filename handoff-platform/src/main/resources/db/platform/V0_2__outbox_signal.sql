-- The outbox relay is woken by its own writers instead of polling: every transaction that adds events notifies
-- the channel once (PostgreSQL folds equal notifications of one transaction and delivers them at commit).
CREATE FUNCTION handoff_signal_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('handoff_outbox', '');
    RETURN NULL;
END $$;

CREATE TRIGGER outbox_event_signal AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION handoff_signal_outbox();

-- Extra Kafka headers of one record, as a JSON object of strings: a dead letter names why and where it came from.
ALTER TABLE outbox_event ADD COLUMN headers TEXT;
