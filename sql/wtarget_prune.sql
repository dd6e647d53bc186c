-- wtarget_prune.sql - a period already withdrawn stays withdrawn: a target
-- with an earlier target of the same (series, period) and no value released
-- between the two is not a withdrawal of anything (the earlier one is).
DELETE FROM temp.wtarget AS t WHERE EXISTS (
	SELECT 1 FROM temp.wtarget t2 JOIN vintage v2 ON v2.id = t2.vintage
	JOIN vintage vt ON vt.id = t.vintage
	WHERE t2.series = t.series AND t2.period = t.period
	  AND (v2.released < vt.released OR (v2.released = vt.released AND v2.id < vt.id))
	  AND NOT EXISTS (
		SELECT 1 FROM observation o JOIN vintage v ON v.id = o.vintage
		WHERE o.series = t.series AND o.period = t.period AND o.status <> 'withdrawn'
		  AND (v.released > v2.released OR (v.released = v2.released AND v.id > v2.id))
		  AND (v.released < vt.released OR (v.released = vt.released AND v.id < vt.id))));
