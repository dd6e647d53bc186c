-- export_series_as_of.sql - each series as it was known on :as_of (long
-- layout): the row in force that day (observation_history), with the vintage
-- that published it. Periods withdrawn by then, or not yet published, are absent.
SELECT s.code AS series, h.period AS period, h.value AS value, s.unit AS unit,
       h.valid_from AS vintage, v.source AS source, s.title AS title,
       s.reporter AS reporter, s.partner AS partner, s.flow AS flow, s.freq AS freq
FROM observation_history h
JOIN series s ON s.id = h.series
JOIN vintage v ON v.id = h.vintage
WHERE (:series IS NULL OR s.code = :series)
  AND h.valid_from <= :as_of AND (h.valid_to IS NULL OR h.valid_to > :as_of)
  AND h.value IS NOT NULL
ORDER BY s.code, h.period;
