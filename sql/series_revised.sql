-- series_revised.sql - the series some release revised, with the number of
-- periods revised (status 'revised': a new figure, not the same one printed
-- with more digits, which is 'restated'), and the first of them. The report
-- draws a revisions chart (from the year before that first one) and writes a
-- revisions CSV for each.
SELECT s.code AS series, count(DISTINCT o.period) AS periods, min(o.period) AS first
FROM observation o JOIN series s ON s.id = o.series
WHERE o.status = 'revised'
GROUP BY s.code
ORDER BY s.code;
