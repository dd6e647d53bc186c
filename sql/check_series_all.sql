-- check_series_all.sql - every vintage of every period of one series, as
-- check_input.obs orders them (period, then release date and import order):
-- the mirror rule walks two official series side by side, one pair at a
-- time (check_period.sql's rows, for all periods at once). An unchanged
-- repeat is not a vintage of the value; a withdrawal is (value NULL).
SELECT o.id AS id, o.vintage AS vintage, o.period AS period, o.value AS value,
       o.precision AS precision, v.released AS released, v.source AS source
FROM observation o
JOIN vintage v ON v.id = o.vintage
WHERE o.series = :series AND o.status <> 'unchanged'
ORDER BY o.period, v.released, v.id;
