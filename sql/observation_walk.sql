-- observation_walk.sql - every row of the periods in temp.walk, in release
-- order within each (series, period), for vintage.c to derive statuses (and
-- the scale guard to compare a new release with its neighbours). fresh: the
-- row belongs to a vintage the running import created. temp.walk drives, in
-- its key order: only each period's few releases are sorted.
SELECT o.id AS id, o.series AS series, o.period AS period, o.status AS status,
       o.value AS value, o.precision AS precision, v.released AS released,
       o.vintage IN (SELECT vintage FROM temp.fresh) AS fresh
FROM temp.walk w
CROSS JOIN observation o ON o.series = w.series AND o.period = w.period
JOIN vintage v ON v.id = o.vintage
ORDER BY w.series, w.period, v.released, v.id;
