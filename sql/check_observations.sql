-- check_observations.sql - every vintage of every observation, for the rules
-- that compare claims with the official series (check.h, struct obs). The
-- order is part of the contract: series, period, then release date and import
-- order, so each (series, period) is one run ending with its latest value.
SELECT o.id AS id, o.vintage AS vintage, s.code AS series, s.unit AS unit,
       s.reporter AS reporter, s.partner AS partner, s.flow AS flow,
       s.commodity AS commodity, s.measure AS measure, o.period AS period, o.value AS value,
       o.precision AS precision, v.released AS released, v.source AS source
FROM observation o
JOIN series s ON s.id = o.series
JOIN vintage v ON v.id = o.vintage
ORDER BY s.code, o.period, v.released, v.id;
