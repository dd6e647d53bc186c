-- report_vintages.sql - the releases the report covers, oldest first: date,
-- source, file (its base name is shown: no absolute path leaves the
-- database), values it added or changed and the series they belong to.
SELECT v.released AS released, v.source AS source, v.path AS path,
       (SELECT count(*) FROM observation o WHERE o.vintage = v.id
                                             AND o.status <> 'unchanged') AS observations,
       (SELECT group_concat(code, ' ') FROM (
		SELECT DISTINCT s.code AS code FROM observation o JOIN series s ON s.id = o.series
		WHERE o.vintage = v.id ORDER BY s.code)) AS series
FROM vintage v
ORDER BY v.released, v.id;
