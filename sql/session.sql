-- session.sql - per-connection scratch tables, created by store_open before
-- the statements that use them are prepared. TEMP: never in the database file.

-- The series whose statuses and withdrawals an import or a drop must
-- recompute (vintage.c), and the vintages it created (its own rows: what it
-- reports, what the scale guard compares).
CREATE TEMP TABLE IF NOT EXISTS touched (series INTEGER PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS fresh (vintage INTEGER PRIMARY KEY);

-- The withdrawn rows the touched series should have: (series, period,
-- complete vintage), derived from what each release holds (vintage.c).
CREATE TEMP TABLE IF NOT EXISTS wtarget (
	series  INTEGER NOT NULL,
	period  TEXT NOT NULL,
	vintage INTEGER NOT NULL,
	PRIMARY KEY (series, period, vintage)
) WITHOUT ROWID;
