-- vintage_list.sql - the imports stored, one row per vintage (release), for
-- `tradestat vintage list`: what `vintage drop` takes. import: the first
-- vintage of the same import (a --vintage-column file makes several).
-- options: the identity options it was imported with (empty: none; NULL:
-- imported before schema version 2).
SELECT v.id AS id, v.source AS source, v.released AS released, v.path AS path,
       coalesce(v.import, v.id) AS import, v.complete AS complete,
       (SELECT count(*) FROM observation o WHERE o.vintage = v.id) AS observations,
       (SELECT count(DISTINCT o.series) FROM observation o WHERE o.vintage = v.id) AS series,
       v.imported AS imported, v.sha256 AS sha256,
       replace(rtrim(v.options, char(10)), char(10), ' ') AS options
FROM vintage v
ORDER BY v.released, v.id;
