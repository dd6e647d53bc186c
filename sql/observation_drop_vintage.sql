-- observation_drop_vintage.sql - every row vintage :vintage stored.
DELETE FROM observation WHERE vintage = :vintage;
