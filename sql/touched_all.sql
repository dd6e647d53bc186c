-- touched_all.sql - every series: the migration to version 2 recomputes all.
INSERT OR IGNORE INTO temp.touched (series) SELECT id FROM series;
