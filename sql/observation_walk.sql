-- observation_walk.sql - every row of the touched series in release order
-- within each (series, period), for vintage.c to derive statuses (and the
-- scale guard to compare a new release with its neighbours). fresh: the row
-- belongs to a vintage the running import created.
SELECT o.id AS id, o.series AS series, o.period AS period, o.status AS status,
       o.value AS value, o.precision AS precision, v.released AS released,
       o.vintage IN (SELECT vintage FROM temp.fresh) AS fresh
FROM observation o JOIN vintage v ON v.id = o.vintage
WHERE o.series IN (SELECT series FROM temp.touched)
ORDER BY o.series, o.period, v.released, v.id;
