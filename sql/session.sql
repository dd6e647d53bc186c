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

-- The findings of the running validate, written here as the rules give them
-- and copied into finding at its end (finding_run_copy.sql), after the
-- series' metadata is freed: the two do not take memory at once (the WAL
-- index of the copy grows with the findings, the metadata with the series).
-- TEMP: its pages spill to a temporary file, not to the WAL. The columns and
-- defaults of finding (migrate_0003.sql), without its constraints: the copy
-- checks them.
CREATE TEMP TABLE IF NOT EXISTS finding_run (
	id                INTEGER PRIMARY KEY,
	rule              TEXT NOT NULL,
	severity          TEXT NOT NULL,
	claim             INTEGER,
	other_claim       INTEGER,
	observation       INTEGER,
	series            TEXT,
	period            TEXT,
	expected          REAL,
	actual            REAL,
	tolerance         REAL,
	rel_error         REAL,
	message           TEXT NOT NULL,
	created           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
	other_observation INTEGER,
	other_series      TEXT
);
