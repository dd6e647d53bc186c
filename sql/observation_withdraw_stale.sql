-- observation_withdraw_stale.sql - withdrawn rows of the touched series that
-- the releases no longer call for (a release dropped, or one imported since
-- holds the period). Withdrawals are derived from what releases hold.
DELETE FROM observation
WHERE status = 'withdrawn' AND series IN (SELECT series FROM temp.touched)
  AND NOT EXISTS (SELECT 1 FROM temp.wtarget t WHERE t.series = observation.series
                  AND t.period = observation.period AND t.vintage = observation.vintage);
