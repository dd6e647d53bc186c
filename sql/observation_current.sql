-- observation_current.sql - the value in force for (series, period) when the
-- vintage :vintage (released :released) comes out: the newest row released
-- before it, or on the same day and imported before it. NULL value: withdrawn
-- or none (max() over no row still gives one row, all NULL).
-- A bare-column max() rather than ORDER BY ... LIMIT 1: the order is on the
-- joined vintage, which no index gives, so ORDER BY built a temporary b-tree
-- for every row imported (bench/: a third of import's time). released is
-- fixed-width ISO text and the id is zero-padded, so the text max is the
-- newest (released, id).
SELECT o.value AS value, o.precision AS precision, o.vintage AS vintage,
       max(v.released || printf('%019d', v.id)) AS newest
FROM observation o JOIN vintage v ON v.id = o.vintage
WHERE o.series = :series AND o.period = :period
  AND (v.released < :released OR (v.released = :released AND v.id <= :vintage));
