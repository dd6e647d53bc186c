-- findings_summary.sql - how many findings of each rule and severity, most
-- severe first, for the report's index page.
SELECT rule, severity, count(*) AS n
FROM finding
GROUP BY rule, severity
ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, rule;
