-- Bulk round robin continues where the workspace's last round robin stopped, across requests, restarts
-- and replicas: one row per workspace, locked while a bulk assignment picks its users.
CREATE TABLE setter_rotation (
    workspace_id UUID PRIMARY KEY REFERENCES workspace (id),
    last_user_id UUID,
    updated_at   TIMESTAMPTZ NOT NULL
);

-- Who last edited a note and when (the author stays the author).
ALTER TABLE note ADD COLUMN edited_by UUID;
ALTER TABLE note ADD COLUMN edited_at TIMESTAMPTZ;

-- Emails and phones of merged duplicates that the primary does not hold as its own or secondary ones,
-- so that searching for a duplicate's address still finds the contact it was merged into.
ALTER TABLE contact ADD COLUMN merged_addresses JSONB NOT NULL DEFAULT '{"items": []}';

-- Journey entries a merge moved from a duplicate say which contact they came from.
ALTER TABLE journey_entry ADD COLUMN merged_from_contact_id UUID;
ALTER TABLE journey_entry ADD COLUMN merged_from_email TEXT;
