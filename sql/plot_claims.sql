-- plot_claims.sql - the level claims about one series of levels (not a
-- January-to-date series): same reporter, partner, flow and unit, with a
-- period. flagged: a warning or error finding is about it.
SELECT c.period AS period, c.value AS value, c.doc AS doc, c.text AS text,
       EXISTS (SELECT 1 FROM finding f WHERE f.claim = c.id
               AND f.severity IN ('warning', 'error')) AS flagged
FROM claim_source c JOIN series s ON s.code = :series
WHERE c.measure = 'level' AND c.period IS NOT NULL
  AND c.unit IS s.unit AND c.reporter IS s.reporter AND c.partner IS s.partner
  AND c.flow IS s.flow AND s.measure = 'level'
ORDER BY c.period, c.document, c.seq;
