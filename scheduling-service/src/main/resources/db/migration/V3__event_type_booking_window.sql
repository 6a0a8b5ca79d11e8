-- How many days ahead an event type's slots may be booked (issue 18): 60, as common schedulers do.
ALTER TABLE event_type
    ADD COLUMN booking_window_days INT NOT NULL DEFAULT 60 CHECK (booking_window_days BETWEEN 1 AND 730);
