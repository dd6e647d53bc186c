-- export_first_release.sql - the date of the first release stored (holding
-- :series, or any when NULL): export --as-of an earlier date says that the
-- file it writes holds only the header.
SELECT min(v.released) AS first
FROM vintage v
WHERE :series IS NULL
   OR EXISTS (SELECT 1 FROM observation o JOIN series s ON s.id = o.series
              WHERE o.vintage = v.id AND s.code = :series);
