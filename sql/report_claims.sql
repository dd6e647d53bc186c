-- report_claims.sql - the report's claims table: each claim with its
-- document, mention and sentence; the series it was checked against (of its
-- findings that name a series, the official rule's first, then growth's; the
-- period of that finding when the claim has none of its own);
-- that series' value of the claim's period now (latest vintage) and as known
-- on the article's date, with the base period's (a year or a month before)
-- for a change; the verdict (its most severe finding, NULL: never checked)
-- and that finding's message; the article's outlet and title (NULL unless a
-- manifest named them). A date read from an article (a
-- dateline, "March 3") is no figure: left out unless a finding is about it
-- (the calendar rule's). Most severe first, then by date and document;
-- :limit rows at most (claims.csv has them all).
WITH judged AS (
	SELECT c.id AS claim,
	       (SELECT f.id FROM finding f WHERE f.claim = c.id
	        ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
	                 f.id LIMIT 1) AS worst,
	       (SELECT f.id FROM finding f WHERE f.claim = c.id AND f.series IS NOT NULL
	        ORDER BY f.rule <> 'official', f.rule <> 'growth', f.id LIMIT 1) AS against,
	       CASE WHEN c.measure IN ('change_yoy', 'change_mom') AND c.period GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
	            THEN strftime('%Y-%m', c.period || '-01',
	                          CASE c.measure WHEN 'change_mom' THEN '-1 month' ELSE '-1 year' END)
	       END AS base_period
	FROM claim c)
SELECT c.doc AS doc, c.published AS published, c.start_off AS start, c.text AS text,
       c.sentence AS sentence, c.kind AS kind, c.unit AS unit, c.measure AS measure,
       coalesce(c.period, a.period) AS period, a.series AS series, s.unit AS series_unit,
       j.base_period AS base_period,
       (SELECT o.value FROM observation_latest o
        WHERE o.series = s.id AND o.period = coalesce(c.period, a.period)) AS now,
       (SELECT o.value FROM observation_latest o
        WHERE o.series = s.id AND o.period = j.base_period) AS now_base,
       (SELECT o.value FROM observation o JOIN vintage v ON v.id = o.vintage
        WHERE o.series = s.id AND o.period = coalesce(c.period, a.period) AND v.released <= c.published
        ORDER BY v.released DESC, v.id DESC LIMIT 1) AS then_value,
       (SELECT o.value FROM observation o JOIN vintage v ON v.id = o.vintage
        WHERE o.series = s.id AND o.period = j.base_period AND v.released <= c.published
        ORDER BY v.released DESC, v.id DESC LIMIT 1) AS then_base,
       f.severity AS verdict, f.message AS message,
       d.outlet AS outlet, d.title AS doc_title
FROM claim_source c
JOIN judged j ON j.claim = c.id
JOIN document d ON d.id = c.document
LEFT JOIN finding a ON a.id = j.against
LEFT JOIN series s ON s.code = a.series
LEFT JOIN finding f ON f.id = j.worst
WHERE c.kind <> 'date' OR j.worst IS NOT NULL
ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 WHEN 'info' THEN 2 ELSE 3 END,
         c.published, c.doc, c.start_off
LIMIT :limit;
