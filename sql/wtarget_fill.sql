-- wtarget_fill.sql - the withdrawals the touched series call for, before
-- pruning (wtarget_prune.sql): every (series, period, vintage) where the
-- vintage is complete and holds the series (has a value of it), the period
-- has a value in a release before it, and no vintage of the same import
-- holds the period (a --vintage-column file is complete as a whole: only its
-- newest vintage is marked complete, and a period the file reports at any of
-- its dates is not withdrawn). Release order is (released, id) throughout.
-- The complete vintages drive (CROSS JOIN): without one, nothing is read.
-- Run after wtarget_clear.sql.
INSERT OR IGNORE INTO temp.wtarget (series, period, vintage)
SELECT c.series, p.period, c.vintage
FROM (SELECT DISTINCT o.series AS series, v.id AS vintage, v.released AS released,
             coalesce(v.import, v.id) AS imp
      FROM vintage v CROSS JOIN observation o ON o.vintage = v.id
      WHERE v.complete = 1 AND o.status <> 'withdrawn'
        AND o.series IN (SELECT series FROM temp.touched)) c
CROSS JOIN observation p ON p.series = c.series AND p.status <> 'withdrawn'
WHERE EXISTS (SELECT 1 FROM observation o JOIN vintage v ON v.id = o.vintage
              WHERE o.series = c.series AND o.period = p.period AND o.status <> 'withdrawn'
                AND (v.released < c.released OR (v.released = c.released AND v.id < c.vintage)))
  AND NOT EXISTS (SELECT 1 FROM observation o JOIN vintage v ON v.id = o.vintage
                  WHERE o.series = c.series AND o.period = p.period AND o.status <> 'withdrawn'
                    AND coalesce(v.import, v.id) = c.imp);
