-- finding_print.sql - what `validate` prints: export_findings.sql's
-- columns, one severity at a time (:severity) in id order, :rule (NULL:
-- all) only that rule's. validate.c runs it for error, warning, then info:
-- the same rows in the same order as export_findings.sql, read in three
-- scans of finding in rowid order instead of one sort of every finding
-- (SQLite's sorter held a read buffer per sorted run while merging: memory
-- that grew with the findings).
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
WHERE f.severity = :severity AND (:rule IS NULL OR f.rule = :rule)
ORDER BY f.id;
