-- check_facts.sql - the claims the validator reads (the view check_fact,
-- sql/migrate_0006.sql, says what each column is), in a stable order
-- (document, then position). NULL reaches the rules as "".
SELECT c.*
FROM check_fact c
ORDER BY c.doc_id, c.seq;
