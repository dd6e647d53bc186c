-- vintage_out_of_order.sql - releases of schema version 1 that may have lost
-- values: version 1 stored only what differed from the value in force when a
-- release was imported, so a release b imported while an earlier one (c) of
-- its series was in force did not store the values it repeated; when an older
-- release a was imported after b, a's revisions now win over what b repeated.
-- The migration to version 2 names each such b (its repeats are gone for good).
SELECT b.id AS id, b.released AS released, b.source AS source,
       min(a.released) AS older, min(a.id) AS older_id
FROM vintage a JOIN vintage b ON a.released < b.released AND a.id > b.id
WHERE a.options IS NULL AND b.options IS NULL
  AND EXISTS (SELECT 1 FROM observation oa JOIN observation ob ON ob.series = oa.series
              WHERE oa.vintage = a.id AND ob.vintage = b.id)
  AND EXISTS (SELECT 1 FROM vintage c JOIN observation oc ON oc.vintage = c.id
              JOIN observation ob ON ob.series = oc.series
              WHERE c.id < b.id AND c.released < b.released AND ob.vintage = b.id)
GROUP BY b.id
ORDER BY b.id;
