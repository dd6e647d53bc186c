-- observation_current.sql - the value in force for (series, period) before a
-- release dated :released that is newer than every other release of the
-- series (an import appending in release order, csvin.c): the newest row
-- that set it (an unchanged repeat does not: vintage.c's invariant 3).
-- NULL value: withdrawn or none (max() over no row still gives one row).
-- A bare-column max() rather than ORDER BY ... LIMIT 1: the order is on the
-- joined vintage, which no index gives, so ORDER BY built a temporary b-tree
-- for every row imported. released is fixed-width ISO text and the id is
-- zero-padded, so the text max is the newest (released, id).
SELECT o.value AS value, o.precision AS precision,
       max(v.released || printf('%019d', v.id)) AS newest
FROM observation o JOIN vintage v ON v.id = o.vintage
WHERE o.series = :series AND o.period = :period AND o.status <> 'unchanged'
  AND v.released < :released;
