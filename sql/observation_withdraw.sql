-- observation_withdraw.sql - a --complete release is the whole series: every
-- period of :series with a value in force at :released that the file left
-- out is recorded as withdrawn in that vintage (the old rows stay).
INSERT INTO observation (series, period, status, value, value_text, precision, vintage)
SELECT h.series, h.period, 'withdrawn', NULL, NULL, NULL, :vintage
FROM (SELECT o.series, o.period, o.value,
             row_number() OVER (PARTITION BY o.period ORDER BY v.released DESC, v.id DESC) AS k
      FROM observation o JOIN vintage v ON v.id = o.vintage
      WHERE o.series = :series AND v.released <= :released) h
WHERE h.k = 1 AND h.value IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM temp.import_seen s
                  WHERE s.series = h.series AND s.period = h.period AND s.vintage = :vintage);
