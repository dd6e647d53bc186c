-- export_findings.sql - every finding of the last `validate` run, both sides
-- with their provenance (the view finding_row, sql/migrate_0006.sql, says
-- what each column is). Severity order: errors first. Columns are found by
-- name.
-- :min_severity ('warning', 'error'; NULL: all) keeps only findings at least
-- that severe (validate --severity); :rule (NULL: all) only that rule's.
SELECT * FROM finding_row
WHERE (:min_severity IS NULL
       OR CASE severity WHEN 'error' THEN 2 WHEN 'warning' THEN 1 ELSE 0 END >=
          CASE :min_severity WHEN 'error' THEN 2 WHEN 'warning' THEN 1 ELSE 0 END)
  AND (:rule IS NULL OR rule = :rule)
ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, _id;
