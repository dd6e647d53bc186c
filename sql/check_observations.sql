-- check_observations.sql - every vintage of every observation, for the rules
-- that compare claims with the official series (check.h, struct obs); a
-- release's unchanged repeat of the value in force is not a vintage of it. The
-- order is part of the contract: series, period, then release date and import
-- order, so each (series, period) is one run ending with its latest value.
-- CROSS JOIN keeps series as the outer loop: walked by its code index and
-- each series' observations by (series, period), the rows come out in
-- (code, period) order and only each period's few vintages are sorted
-- ("temp b-tree for right part of order by"), never the whole table at once.
-- adjustment and price are the series' own basis (NULL: not recorded), so the
-- rules compare a claim only with a series on its basis (check/basis.c).
SELECT o.id AS id, o.vintage AS vintage, s.code AS series, s.unit AS unit,
       s.reporter AS reporter, s.partner AS partner, s.flow AS flow,
       s.commodity AS commodity, s.measure AS measure, s.adjustment AS adjustment,
       s.price AS price, o.period AS period, o.value AS value,
       o.precision AS precision, v.released AS released, v.source AS source
FROM series s
CROSS JOIN observation o ON o.series = s.id
JOIN vintage v ON v.id = o.vintage
WHERE o.status <> 'unchanged'
ORDER BY s.code, o.period, v.released, v.id;
