-- finding_withdraw_stale.sql - findings resting on a withdrawal that is no
-- longer one (observation_withdraw_stale.sql deletes it next).
DELETE FROM finding WHERE observation IN (
	SELECT o.id FROM observation o
	WHERE o.status = 'withdrawn' AND o.series IN (SELECT series FROM temp.touched)
	  AND NOT EXISTS (SELECT 1 FROM temp.wtarget t WHERE t.series = o.series
	                  AND t.period = o.period AND t.vintage = o.vintage));
