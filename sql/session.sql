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

-- The (series, period) whose rows the recomputation walks: those the
-- running import holds, those a dropped vintage held, those with a
-- withdrawal made or unmade. Every other row keeps its status (a status
-- depends only on the rows of its own period), so an import costs what it
-- holds, not what the database holds.
CREATE TEMP TABLE IF NOT EXISTS walk (
	series INTEGER NOT NULL,
	period TEXT NOT NULL,
	PRIMARY KEY (series, period)
) WITHOUT ROWID;
