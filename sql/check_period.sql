-- check_period.sql - every vintage of one series' value for one period, as
-- check_input.obs orders them (check.h: release date, then import order), so
-- the last is the latest: one lookup in observation's UNIQUE (series,
-- period, vintage) index per claim and series. An unchanged repeat is not
-- a vintage of the value; a withdrawal is (value NULL).
SELECT o.id AS id, o.vintage AS vintage, o.period AS period, o.value AS value,
       o.precision AS precision, v.released AS released, v.source AS source
FROM observation o
JOIN vintage v ON v.id = o.vintage
WHERE o.series = :series AND o.period = :period AND o.status <> 'unchanged'
ORDER BY v.released, v.id;
