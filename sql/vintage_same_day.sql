-- vintage_same_day.sql - another release of :source dated :released that
-- holds :series: two are refused unless --replace says which one stands.
SELECT w.id AS id FROM vintage w
WHERE w.source = :source AND w.released = :released AND w.id <> :vintage
  AND EXISTS (SELECT 1 FROM observation o WHERE o.vintage = w.id AND o.series = :series)
ORDER BY w.id LIMIT 1;
