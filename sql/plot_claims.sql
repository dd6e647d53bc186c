-- plot_claims.sql - the claims about one series of levels (not a January-to-
-- date series), as points on its axes: same reporter, partner and flow (a
-- claim's partner WORLD, all partners, is a series' empty partner).
--  * a level claim in the series' unit is drawn at its value;
--  * a year-on-year or month-on-month change is drawn at the level it implies
--    from the series' latest value for the base period ("+8% compared to
--    July" with July at 9.2 bn is drawn at 9.94 bn), so a wrong change stands
--    out beside the series.
-- flagged: a warning or error finding is about the claim.
-- outlet, doc_title: what names the article (from ingest's manifest), else
-- doc: its file; with published, its date (cmd_claim_label).
SELECT c.period AS period, c.value AS value, c.doc AS doc, c.text AS text,
       EXISTS (SELECT 1 FROM finding f WHERE f.claim = c.id
               AND f.severity IN ('warning', 'error')) AS flagged,
       c.document AS document, c.seq AS seq, c.published AS published,
       d.outlet AS outlet, d.title AS doc_title
FROM claim_source c JOIN series s ON s.code = :series
JOIN document d ON d.id = c.document
WHERE c.measure = 'level' AND c.period IS NOT NULL AND s.measure = 'level'
  AND c.unit IS s.unit AND c.reporter IS s.reporter
  AND coalesce(nullif(c.partner, 'WORLD'), '') = coalesce(nullif(s.partner, 'WORLD'), '')
  AND c.flow IS s.flow
UNION ALL
SELECT c.period AS period,
       b.value * (1 + (CASE WHEN c.direction = 'down' AND c.value > 0 THEN -c.value
                            ELSE c.value END) / 100.0) AS value,
       c.doc AS doc, c.text AS text,
       EXISTS (SELECT 1 FROM finding f WHERE f.claim = c.id
               AND f.severity IN ('warning', 'error')) AS flagged,
       c.document AS document, c.seq AS seq, c.published AS published,
       d.outlet AS outlet, d.title AS doc_title
FROM claim_source c JOIN series s ON s.code = :series
JOIN document d ON d.id = c.document
JOIN observation_latest b ON b.series = s.id AND b.value IS NOT NULL
 AND b.period = strftime('%Y-%m', c.period || '-01',
                         CASE c.measure WHEN 'change_mom' THEN '-1 month' ELSE '-1 year' END)
WHERE c.kind = 'percent' AND c.unit = '%' AND c.measure IN ('change_yoy', 'change_mom')
  AND length(c.period) = 7 AND s.measure = 'level'
  AND c.reporter IS s.reporter
  AND coalesce(nullif(c.partner, 'WORLD'), '') = coalesce(nullif(s.partner, 'WORLD'), '') AND c.flow IS s.flow
ORDER BY 1, 6, 7;
