-- export_series_revisions.sql - the revision history of every observation
-- that was ever revised or withdrawn (with :period, of that period whatever
-- happened to it): each stored value in release order, with the value it
-- replaced and the release that superseded it.
SELECT s.code AS series, h.period AS period, h.valid_from AS vintage,
       h.valid_to AS superseded, h.status AS status, h.value AS value,
       h.previous_value AS previous_value,
       -- In the finest unit either print was written in: 39364.457545 - 39381.8
       -- is -17.342455, not the float's -17.3424550000054.
       round((h.value - h.previous_value) / (2 * min(h.precision, h.previous_precision)))
           * (2 * min(h.precision, h.previous_precision)) AS change,
       s.unit AS unit, v.source AS source
FROM observation_history h
JOIN series s ON s.id = h.series
JOIN vintage v ON v.id = h.vintage
WHERE (:series IS NULL OR s.code = :series) AND (:period IS NULL OR h.period = :period)
  AND (:period IS NOT NULL OR EXISTS (SELECT 1 FROM observation o WHERE o.series = h.series AND o.period = h.period
              AND o.status IN ('revised', 'withdrawn')))
ORDER BY s.code, h.period, h.valid_from, h.vintage;
