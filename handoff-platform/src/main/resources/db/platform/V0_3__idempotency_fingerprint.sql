-- What the first request under an Idempotency-Key asked for: SHA-256 of its method, path and canonical body. A retry
-- with the same key and another body is refused (422) instead of being answered with the first result. Records
-- from before this column have none and replay as before.
ALTER TABLE idempotency_record ADD COLUMN fingerprint TEXT;
