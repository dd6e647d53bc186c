-- claim_set_pair.sql - links the two halves of a paired figure
-- ("5 billion yuan ($685 million)"), once both rows exist.
UPDATE claim SET pair = :pair WHERE id = :id;
