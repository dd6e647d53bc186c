-- plot_first_print.sql - the first print of each period of one series: the
-- value in the earliest release that held one (ties: the first imported).
-- plot --revisions draws it against the latest value, and the revision
-- between the two as bars; report writes it into revisions.csv.
SELECT o.period AS period, o.value AS value, v.released AS released
FROM series s
JOIN observation o ON o.series = s.id
JOIN vintage v ON v.id = o.vintage
WHERE s.code = :series AND o.value IS NOT NULL
  AND NOT EXISTS (
	SELECT 1 FROM observation o2 JOIN vintage v2 ON v2.id = o2.vintage
	WHERE o2.series = o.series AND o2.period = o.period AND o2.value IS NOT NULL
	  AND (v2.released < v.released OR (v2.released = v.released AND v2.id < v.id)))
ORDER BY o.period;
