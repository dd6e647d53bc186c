-- export_findings.sql - every finding of the last `validate` run, both sides
-- with their provenance. Severity order: errors first.
-- vintage and vintage_source name the release of the observation compared
-- (when a side is a series): with series and period they identify it, so
-- that a finding says which release it was checked against (no internal row
-- ids: identifiers never sit in numeric columns). A finding about two series
-- (the mirror rule's official pairs; doc, text and the claim columns empty)
-- names the second in other_series, other_vintage, other_vintage_source.
-- Columns are found by name.
-- Both sides join claim and document themselves rather than the view
-- claim_source: a LEFT JOIN on the view made SQLite materialise the view for
-- every claim stored (with its sentence) before reading a single finding.
-- :min_severity ('warning', 'error'; NULL: all) keeps only findings at least
-- that severe (validate --severity); :rule (NULL: all) only that rule's.
SELECT f.rule AS rule, f.severity AS severity,
       cd.path AS doc, c.start_off AS start, c.end_off AS "end", c.text AS text,
       od.path AS other_doc, o.start_off AS other_start, o.end_off AS other_end,
       o.text AS other_text, f.series AS series, f.period AS period,
       f.expected AS expected, f.actual AS actual, f.tolerance AS tolerance,
       f.rel_error AS rel_error, f.message AS message,
       CAST(substr(cd.body, c.sent_start + 1, c.sent_end - c.sent_start) AS TEXT) AS sentence,
       CAST(substr(od.body, o.sent_start + 1, o.sent_end - o.sent_start) AS TEXT) AS other_sentence,
       v.released AS vintage, v.source AS vintage_source,
       f.other_series AS other_series, ov.released AS other_vintage,
       ov.source AS other_vintage_source
FROM finding f
LEFT JOIN claim c ON c.id = f.claim
LEFT JOIN document cd ON cd.id = c.document
LEFT JOIN claim o ON o.id = f.other_claim
LEFT JOIN document od ON od.id = o.document
LEFT JOIN observation ob ON ob.id = f.observation
LEFT JOIN vintage v ON v.id = ob.vintage
LEFT JOIN observation oob ON oob.id = f.other_observation
LEFT JOIN vintage ov ON ov.id = oob.vintage
WHERE (:min_severity IS NULL
       OR CASE f.severity WHEN 'error' THEN 2 WHEN 'warning' THEN 1 ELSE 0 END >=
          CASE :min_severity WHEN 'error' THEN 2 WHEN 'warning' THEN 1 ELSE 0 END)
  AND (:rule IS NULL OR f.rule = :rule)
ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, f.id;
