-- finding_print.sql - what `validate` prints: export_findings.sql's rows (the
-- view finding_row), one severity at a time (:severity) in id order, :rule
-- (NULL: all) only that rule's. validate.c runs it for error, warning, then
-- info: the same rows in the same order as export_findings.sql, read in three
-- scans of finding in rowid order instead of one sort of every finding
-- (SQLite's sorter held a read buffer per sorted run while merging: memory
-- that grew with the findings).
SELECT * FROM finding_row
WHERE severity = :severity AND (:rule IS NULL OR rule = :rule)
ORDER BY _id;
