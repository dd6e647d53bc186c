-- export_series_long.sql - the latest value of every observation (long layout),
-- with the vintage that published it. :series NULL means every series.
-- series drives the join (CROSS JOIN): one series (plot, each chart of
-- report) then reads only its own observations by index, where a scan of
-- observation_latest read them all; all series come out in code order.
SELECT s.code AS series, o.period AS period, o.value AS value, s.unit AS unit,
       o.released AS vintage, v.source AS source, s.title AS title,
       s.reporter AS reporter, s.partner AS partner, s.flow AS flow, s.freq AS freq
FROM series s
CROSS JOIN observation_latest o ON o.series = s.id
JOIN vintage v ON v.id = o.vintage
WHERE (:series IS NULL OR s.code = :series) AND o.value IS NOT NULL
ORDER BY s.code, o.period;
