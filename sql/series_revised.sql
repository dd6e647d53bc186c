-- series_revised.sql - the series whose values were ever revised: periods
-- whose stored values (withdrawals aside) differ between releases. The
-- report draws a revisions chart and writes a revisions CSV for each.
SELECT s.code AS series, count(*) AS periods
FROM (SELECT o.series AS series FROM observation o WHERE o.value IS NOT NULL
      GROUP BY o.series, o.period HAVING min(o.value) <> max(o.value)) r
JOIN series s ON s.id = r.series
GROUP BY s.code
ORDER BY s.code;
