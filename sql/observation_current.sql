-- observation_current.sql - the value in force for (series, period) when the
-- vintage :vintage (released :released) comes out: the newest row released
-- before it, or on the same day and imported before it. NULL value: withdrawn.
SELECT o.value AS value, o.precision AS precision, o.vintage AS vintage
FROM observation o JOIN vintage v ON v.id = o.vintage
WHERE o.series = :series AND o.period = :period
  AND (v.released < :released OR (v.released = :released AND v.id <= :vintage))
ORDER BY v.released DESC, v.id DESC
LIMIT 1;
