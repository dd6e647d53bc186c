-- claim_set_pair.sql - links the two halves of a paired figure
-- ("5 billion yuan ($685 million)"), once both rows exist: claim :seq of
-- :document points at claim :pair_seq of it (by the UNIQUE (document, seq)
-- index: docs.c inserts a document's claims several at a time, without
-- their ids).
UPDATE claim SET pair = (SELECT p.id FROM claim p WHERE p.document = :document
                                                     AND p.seq = :pair_seq)
WHERE document = :document AND seq = :seq;
