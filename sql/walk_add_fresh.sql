-- walk_add_fresh.sql - the periods the running import's vintages hold, of
-- the series whose statuses it may change (temp.touched: a series with no
-- value before a one-release import is not in it).
INSERT OR IGNORE INTO temp.walk (series, period)
SELECT o.series, o.period FROM temp.fresh f CROSS JOIN observation o ON o.vintage = f.vintage
WHERE o.series IN (SELECT series FROM temp.touched);
