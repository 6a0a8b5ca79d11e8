-- An endpoint enabled again makes its pending deliveries claimable without any delivery row changing: its
-- commit wakes the webhook workers as a new delivery's does (V5), instead of the workers sweeping every second.
CREATE TRIGGER webhook_endpoint_enabled_signal AFTER UPDATE OF enabled ON webhook_endpoint
    FOR EACH ROW WHEN (NEW.enabled AND NOT OLD.enabled)
    EXECUTE FUNCTION handoff_signal_work('handoff_webhook_delivery');
