-- walk_add_vintage.sql - the periods vintage :vintage holds (before a drop).
INSERT OR IGNORE INTO temp.walk (series, period)
SELECT series, period FROM observation WHERE vintage = :vintage;
