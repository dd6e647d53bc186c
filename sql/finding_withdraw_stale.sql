-- finding_withdraw_stale.sql - findings resting on a withdrawal that is no
-- longer one (observation_withdraw_stale.sql deletes it next), on either
-- side of a finding about two series.
DELETE FROM finding WHERE observation IN (
	SELECT o.id FROM temp.touched t
	CROSS JOIN observation o ON o.series = t.series AND o.status = 'withdrawn'
	WHERE NOT EXISTS (SELECT 1 FROM temp.wtarget w WHERE w.series = o.series
	                  AND w.period = o.period AND w.vintage = o.vintage))
   OR other_observation IN (
	SELECT o.id FROM temp.touched t
	CROSS JOIN observation o ON o.series = t.series AND o.status = 'withdrawn'
	WHERE NOT EXISTS (SELECT 1 FROM temp.wtarget w WHERE w.series = o.series
	                  AND w.period = o.period AND w.vintage = o.vintage));
