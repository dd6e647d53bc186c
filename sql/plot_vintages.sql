-- plot_vintages.sql - the release dates of one series' vintages that stored
-- something, oldest first: plot --revisions draws the series as known on each.
SELECT DISTINCT h.valid_from AS released
FROM observation_history h JOIN series s ON s.id = h.series
WHERE s.code = :series
ORDER BY 1;
