-- migrate_0006.sql - schema version 5 -> 6, run by migrate.c's store_migrate() inside
-- the transaction that reads and sets PRAGMA user_version.
--
-- What version 6 changes, and why:
--  1. finding_row: a finding as `validate` prints it and `export findings`
--     writes it, both sides with their provenance, in one place (the column
--     list stood twice, in export_findings.sql and finding_print.sql).
--     vintage and vintage_source name the release of the observation compared
--     (when a side is a series): with series and period they identify it (no
--     internal row ids: identifiers never sit in numeric columns). A finding
--     about two series (the mirror rule's official pairs; doc, text and the
--     claim columns empty) names the second in other_series, other_vintage,
--     other_vintage_source.
--  2. Its last column, _id (the finding's id), is a key to order by: a result
--     column whose name starts with '_' is never read or written (stmt.c,
--     invariant 4), so SELECT * FROM finding_row gives the columns above.
--  3. Both sides join claim and document themselves rather than the view
--     claim_source: a LEFT JOIN on that view made SQLite materialise it for
--     every claim stored (with its sentence) before reading a single finding.
--     finding_row is flattened into the query that reads it, so a WHERE on
--     severity or rule and an ORDER BY _id scan finding in rowid order.
--  4. check_fact: a claim as the validator reads it (check_facts.sql and its
--     _figure and _subject orders; the column list stood three times): what
--     the rules need to name their sources and to compare like with like:
--     the figure's basis (adjustment, price, basis, status) and where its
--     subject and period came from (*_src: stated or inferred; NULL when the
--     parser did not say). seq (the claim's place in its document) is for
--     ORDER BY; columns are read by name, so the rules never see it.
CREATE VIEW finding_row AS
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
       ov.source AS other_vintage_source,
       f.id AS _id
FROM finding f
LEFT JOIN claim c ON c.id = f.claim
LEFT JOIN document cd ON cd.id = c.document
LEFT JOIN claim o ON o.id = f.other_claim
LEFT JOIN document od ON od.id = o.document
LEFT JOIN observation ob ON ob.id = f.observation
LEFT JOIN vintage v ON v.id = ob.vintage
LEFT JOIN observation oob ON oob.id = f.other_observation
LEFT JOIN vintage ov ON ov.id = oob.vintage;

CREATE VIEW check_fact AS
SELECT c.id AS id, c.document AS doc_id, c.doc AS doc, c.published AS published,
       c.start_off AS start, c.end_off AS "end", c.text AS text, c.sentence AS sentence,
       c.kind AS kind, c.value AS value, c.precision AS precision, c.unit AS unit,
       c.per AS per, c.approx AS approx, c.direction AS direction, c.measure AS measure,
       c.period AS period, c.flow AS flow, c.reporter AS reporter, c.partner AS partner,
       c.commodity AS commodity, c.pair AS pair,
       c.adjustment AS adjustment, c.price AS price, c.basis AS basis, c.status AS status,
       c.reporter_src AS reporter_src, c.partner_src AS partner_src,
       c.flow_src AS flow_src, c.period_src AS period_src, c.source AS source,
       c.seq AS seq
FROM claim_source c;
