-- plot_vintages.sql - the release dates of one series' vintages that stored
-- something (a repeat of the value in force is not a new curve), oldest first: plot --revisions draws the series as known on each.
-- (The valid_from of observation_history is the vintage's release date; read
-- here from the tables, so that only this series' rows are visited: the
-- view's window would be computed over every observation first.)
SELECT DISTINCT v.released AS released
FROM series s
JOIN observation o ON o.series = s.id
JOIN vintage v ON v.id = o.vintage
WHERE s.code = :series AND o.status <> 'unchanged'
ORDER BY 1;
