-- walk_all.sql - every period of every series (the migration to version 2).
INSERT OR IGNORE INTO temp.walk (series, period) SELECT DISTINCT series, period FROM observation;
