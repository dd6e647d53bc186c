-- claim_index_drop.sql - drops the claims' subject index before a bulk
-- ingest (src/cmd/ingest.c, store_claim_index): a load of at least a third
-- as many files as the store has documents leaves it to `validate`, which
-- builds it again in one sort (claim_index_create.sql), instead of keeping
-- it up to date one random insert per claim and rewriting its pages every
-- batch. Queries stay correct without it, only slower.
DROP INDEX IF EXISTS claim_subject;
