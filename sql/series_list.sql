-- series_list.sql - every series with observations, for `report` and `plot`;
-- findings counts those naming it on either side (a mirror pair of series).
SELECT s.code AS series, s.title AS title, s.unit AS unit, s.reporter AS reporter,
       s.partner AS partner, s.flow AS flow, s.freq AS freq,
       (SELECT count(*) FROM observation o WHERE o.series = s.id
                                               AND o.status <> 'unchanged') AS observations,
       (SELECT count(*) FROM finding f WHERE s.code IN (f.series, f.other_series)) AS findings
FROM series s
WHERE (:series IS NULL OR s.code = :series)
  AND EXISTS (SELECT 1 FROM observation o WHERE o.series = s.id AND o.value IS NOT NULL)
ORDER BY s.code;
