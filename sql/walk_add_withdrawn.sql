-- walk_add_withdrawn.sql - periods whose withdrawals may change: those the
-- releases call for now (temp.wtarget) and those withdrawn before (index
-- observation_withdrawn), of the touched series.
INSERT OR IGNORE INTO temp.walk (series, period)
SELECT series, period FROM temp.wtarget
UNION
SELECT o.series, o.period FROM temp.touched t
CROSS JOIN observation o ON o.series = t.series AND o.status = 'withdrawn';
