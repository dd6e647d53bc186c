-- finding_last.sql - the highest finding id (0 when there is none): how far
-- validate walks finding_clear.sql's ranges.
SELECT coalesce(max(id), 0) AS last FROM finding;
