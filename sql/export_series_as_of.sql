-- export_series_as_of.sql - each series as it was known on :as_of (long
-- layout): the row in force that day, with the vintage that published it.
-- Periods withdrawn by then, or not yet published, are absent.
-- h is observation_history (schema.sql) restricted to the series asked for
-- before its window runs: a window partitioned by series gives the same rows
-- for one series alone, and SQLite does not push the filter into the view,
-- so through the view every chart of `report` sorted every observation.
SELECT s.code AS series, h.period AS period, h.value AS value, s.unit AS unit,
       h.valid_from AS vintage, v.source AS source, s.title AS title,
       s.reporter AS reporter, s.partner AS partner, s.flow AS flow, s.freq AS freq
FROM (SELECT o.series AS series, o.period AS period, o.value AS value,
             o.vintage AS vintage, v0.released AS valid_from,
             lead(v0.released) OVER w AS valid_to
      FROM series s0
      CROSS JOIN observation o ON o.series = s0.id
      JOIN vintage v0 ON v0.id = o.vintage
      WHERE (:series IS NULL OR s0.code = :series) AND o.status <> 'unchanged'
      WINDOW w AS (PARTITION BY o.series, o.period ORDER BY v0.released, v0.id)) h
JOIN series s ON s.id = h.series
JOIN vintage v ON v.id = h.vintage
WHERE h.valid_from <= :as_of AND (h.valid_to IS NULL OR h.valid_to > :as_of)
  AND h.value IS NOT NULL
ORDER BY s.code, h.period;
