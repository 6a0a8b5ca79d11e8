-- The webhook and notification workers are woken by commits that give them work (DatabaseSignals), instead of
-- polling every few hundred milliseconds: a new row, or one put back in the queue (a replay, a lease given back).
-- A row claimed by a worker has a lease and does not signal. PostgreSQL folds a transaction's equal
-- notifications into one and delivers it at commit.
CREATE FUNCTION handoff_signal_work() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify(TG_ARGV[0], '');
    RETURN NULL;
END $$;

CREATE TRIGGER webhook_delivery_signal AFTER INSERT OR UPDATE ON webhook_delivery
    FOR EACH ROW WHEN (NEW.status = 'PENDING' AND NEW.lease_id IS NULL)
    EXECUTE FUNCTION handoff_signal_work('handoff_webhook_delivery');

CREATE TRIGGER scheduled_notification_signal AFTER INSERT OR UPDATE ON scheduled_notification
    FOR EACH ROW WHEN (NEW.status = 'PENDING' AND NEW.lease_id IS NULL)
    EXECUTE FUNCTION handoff_signal_work('handoff_scheduled_notification');

-- Retention (NotificationsRetention) purges finished deliveries and notifications by age, through these indexes.
CREATE INDEX webhook_delivery_finished ON webhook_delivery (updated_at) WHERE status <> 'PENDING';
CREATE INDEX scheduled_notification_finished ON scheduled_notification (updated_at) WHERE status <> 'PENDING';
