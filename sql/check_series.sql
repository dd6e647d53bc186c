-- check_series.sql - the series the validator compares claims with: their
-- metadata only (model.h, struct observation; id is the series' id), those that hold
-- a value (an unchanged repeat is not one). Their vintages are looked up per
-- claim (check_period.sql), so validate never holds every observation.
-- aggregation (sum, mean) says how a series' months add up into the quarter
-- or year a claim is about, and period is its first period, which shows what
-- its periods look like (months, quarters: rule_official). NULL reaches the
-- rules as "".
SELECT s.id AS id, s.code AS series, s.unit AS unit, s.reporter AS reporter,
       s.partner AS partner, s.flow AS flow, s.commodity AS commodity,
       s.measure AS measure, s.adjustment AS adjustment, s.price AS price,
       s.aggregation AS aggregation,
       (SELECT min(o.period) FROM observation o
        WHERE o.series = s.id AND o.status <> 'unchanged') AS period
FROM series s
WHERE EXISTS (SELECT 1 FROM observation o WHERE o.series = s.id AND o.status <> 'unchanged')
ORDER BY s.code;
