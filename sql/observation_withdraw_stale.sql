-- observation_withdraw_stale.sql - withdrawn rows of the touched series that
-- the releases no longer call for (a release dropped, or one imported since
-- holds the period). Withdrawals are derived from what releases hold.
DELETE FROM observation WHERE id IN (
	SELECT o.id FROM temp.touched t
	CROSS JOIN observation o ON o.series = t.series AND o.status = 'withdrawn'
	WHERE NOT EXISTS (SELECT 1 FROM temp.wtarget w WHERE w.series = o.series
	                  AND w.period = o.period AND w.vintage = o.vintage));
