-- session.sql - per-connection scratch tables, created by store_open before
-- the statements that use them are prepared. TEMP: never in the database file.

-- The (series, period, vintage) triples one import has read, so that a
-- period given twice in one file is refused even when its value is
-- unchanged (and so adds no observation), and so that a --complete release
-- knows which periods it left out.
CREATE TEMP TABLE IF NOT EXISTS import_seen (
	series  INTEGER NOT NULL,
	period  TEXT NOT NULL,
	vintage INTEGER NOT NULL,
	PRIMARY KEY (series, period, vintage)
) WITHOUT ROWID;
