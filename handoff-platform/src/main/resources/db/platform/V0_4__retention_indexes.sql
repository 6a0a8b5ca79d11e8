-- Retention purges bookkeeping rows by age in small batches (io.handoff.platform.retention): each batch finds its
-- rows through these indexes instead of scanning the table.
CREATE INDEX inbox_event_processed_at ON inbox_event (processed_at);
CREATE INDEX idempotency_record_created_at ON idempotency_record (created_at);
