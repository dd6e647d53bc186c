-- touched_vintage.sql - the series a vintage holds: dropping it changes
-- what is in force for them.
INSERT OR IGNORE INTO temp.touched (series)
SELECT DISTINCT series FROM observation WHERE vintage = :vintage;
