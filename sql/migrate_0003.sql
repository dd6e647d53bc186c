-- migrate_0003.sql - schema version 2 -> 3, run by migrate.c's store_migrate() inside
-- the transaction that reads and sets PRAGMA user_version, with foreign keys
-- off (the connection turns them on after the migration, and checks them
-- before COMMIT: PRAGMA foreign_key_check).
--
-- What version 3 changes, and why:
--  1. A finding may rest on two observations and no claim: the mirror rule
--     pairs official series with each other (A's exports to B against B's
--     imports from A, issue 16), so finding.claim is no longer NOT NULL. A
--     CHECK keeps every finding about something: a claim, or two
--     observations.
--  2. finding.other_observation and finding.other_series: the second
--     observation and its series' code, as observation and series are the
--     first's (series is kept as text so that dropping or replacing a
--     vintage finds the findings on its periods: finding_drop_vintage.sql).
-- The finding table is rebuilt (SQLite cannot drop a NOT NULL); its rows are
-- copied as they are, the new columns NULL.

CREATE TABLE finding_v3 (
	id                INTEGER PRIMARY KEY,
	rule              TEXT NOT NULL,
	severity          TEXT NOT NULL CHECK (severity = 'info' OR severity = 'warning'
	                                       OR severity = 'error'),
	claim             INTEGER REFERENCES claim(id) ON DELETE CASCADE, -- NULL: two observations
	other_claim       INTEGER REFERENCES claim(id) ON DELETE CASCADE,
	observation       INTEGER REFERENCES observation(id),
	series            TEXT,
	period            TEXT,
	expected          REAL,
	actual            REAL,
	tolerance         REAL,
	rel_error         REAL,
	message           TEXT NOT NULL,
	created           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
	other_observation INTEGER REFERENCES observation(id),  -- the second series' value
	other_series      TEXT,                                 -- its series' code
	CHECK (claim IS NOT NULL OR (observation IS NOT NULL AND other_observation IS NOT NULL))
) STRICT;
INSERT INTO finding_v3 (id, rule, severity, claim, other_claim, observation, series, period,
                        expected, actual, tolerance, rel_error, message, created)
SELECT id, rule, severity, claim, other_claim, observation, series, period,
       expected, actual, tolerance, rel_error, message, created
FROM finding;
DROP TABLE finding;
ALTER TABLE finding_v3 RENAME TO finding;
CREATE INDEX finding_claim ON finding (claim);
