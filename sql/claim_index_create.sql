-- claim_index_create.sql - the claims' subject index as schema.sql and
-- migrate_0004.sql define it, built again by `validate` when a bulk ingest
-- dropped it (claim_index_drop.sql). A no-op when it exists.
CREATE INDEX IF NOT EXISTS claim_subject ON claim (measure, period, reporter, partner, flow);
