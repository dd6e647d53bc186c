-- observation_withdraw.sql - the withdrawals the releases call for
-- (temp.wtarget) that are not stored yet: value NULL, status withdrawn.
INSERT INTO observation (series, period, status, value, value_text, precision, vintage)
SELECT t.series, t.period, 'withdrawn', NULL, NULL, NULL, t.vintage
FROM temp.wtarget t
WHERE NOT EXISTS (SELECT 1 FROM observation o WHERE o.series = t.series
                  AND o.period = t.period AND o.vintage = t.vintage);
