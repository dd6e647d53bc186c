-- findings_stale.sql - when the stored findings were made, and the newest
-- import or ingest: `report` says so when findings are older (validate has
-- not run since). Times are the tables' own UTC timestamps (to the second).
SELECT (SELECT max(created) FROM finding) AS findings,
       max(coalesce((SELECT max(imported) FROM vintage), ''),
           coalesce((SELECT max(ingested) FROM document), '')) AS newest;
