-- export_claims.sql - every stored claim with its provenance: document, byte
-- offsets [start, end) into the document as ingested, and its sentence. A
-- date read from an article has no value (its period is the date): the cell
-- is empty, not a 0 a spreadsheet would add up.
SELECT c.doc AS doc, c.published AS published, c.start_off AS start, c.end_off AS "end",
       c.text AS text, c.kind AS kind,
       CASE WHEN c.kind = 'date' THEN NULL ELSE c.value END AS value, c.unit AS unit, c.per AS per,
       c.approx AS approx, c.direction AS direction, c.measure AS measure,
       c.period AS period, c.flow AS flow, c.reporter AS reporter, c.partner AS partner,
       c.commodity AS commodity, p.text AS pair_text, c.sentence AS sentence,
       c.source AS source
FROM claim_source c
LEFT JOIN claim p ON p.id = c.pair
ORDER BY c.document, c.seq;
