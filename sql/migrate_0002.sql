-- migrate_0002.sql - schema version 1 -> 2, run by migrate.c's store_migrate() inside
-- the transaction that reads and sets PRAGMA user_version, with foreign keys
-- off (the connection turns them on after the migration, and checks them
-- before COMMIT: PRAGMA foreign_key_check).
--
-- What version 2 changes, and why:
--  1. observation stores every value a release holds, repeats included
--     (status 'unchanged'), so that statuses and the value in force follow
--     release dates, not import order: a release imported after a newer one
--     (backfilling) no longer loses what the newer one said (issue 11).
--     Statuses are derived (vintage.c recomputes them after every
--     import and drop); values are never changed. New column flag: the
--     release's own observation flag (p, e, b...).
--  2. vintage: identity of an import is the file's SHA-256 plus the options
--     that shape what is stored (column `options`; NULL for imports made
--     before version 2, whose identity was the SHA-256 alone), so the
--     UNIQUE (sha256, released) goes. Column `import`: the id of the first
--     vintage of the same import (a --vintage-column file makes several),
--     NULL when the vintage is its own import's first.
--  3. claim: the basis of a figure (adjustment, price, basis, status) and
--     where its subject came from (*_src: stated in the sentence or
--     inferred from context); series: adjustment, price, aggregation;
--     document: title and outlet. All nullable: filled by later work.
-- The recomputation of statuses over every series (what an out-of-order
-- import got wrong) runs in C right after this file (migrate.c).

ALTER TABLE claim ADD COLUMN adjustment TEXT CHECK (adjustment = 'sa' OR adjustment = 'nsa');
ALTER TABLE claim ADD COLUMN price TEXT CHECK (price = 'real' OR price = 'nominal');
ALTER TABLE claim ADD COLUMN basis TEXT CHECK (basis = 'annualized' OR basis = 'avg3m');
ALTER TABLE claim ADD COLUMN status TEXT CHECK (status = 'preliminary' OR status = 'revised'
                                                OR status = 'previous');
ALTER TABLE claim ADD COLUMN reporter_src TEXT CHECK (reporter_src = 'stated' OR reporter_src = 'inferred');
ALTER TABLE claim ADD COLUMN partner_src TEXT CHECK (partner_src = 'stated' OR partner_src = 'inferred');
ALTER TABLE claim ADD COLUMN flow_src TEXT CHECK (flow_src = 'stated' OR flow_src = 'inferred');
ALTER TABLE claim ADD COLUMN period_src TEXT CHECK (period_src = 'stated' OR period_src = 'inferred');

ALTER TABLE series ADD COLUMN adjustment TEXT CHECK (adjustment = 'sa' OR adjustment = 'nsa');
ALTER TABLE series ADD COLUMN price TEXT CHECK (price = 'real' OR price = 'nominal');
ALTER TABLE series ADD COLUMN aggregation TEXT CHECK (aggregation = 'sum' OR aggregation = 'mean');

ALTER TABLE document ADD COLUMN title TEXT;
ALTER TABLE document ADD COLUMN outlet TEXT;

-- The views name observation and vintage: dropped before the tables are
-- rebuilt, created again (version 2's definitions) after.
DROP VIEW observation_history;
DROP VIEW observation_latest;

-- One release as imported: a file, its source, its release date and the
-- options it was imported with.
CREATE TABLE vintage_v2 (
	id        INTEGER PRIMARY KEY,
	source    TEXT NOT NULL,
	released  TEXT NOT NULL CHECK (released GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	path      TEXT NOT NULL,
	sha256    TEXT NOT NULL CHECK (length(sha256) = 64),
	complete  INTEGER NOT NULL DEFAULT 0 CHECK (complete = 0 OR complete = 1),
	imported  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
	options   TEXT,                 -- identity options as `name=value` lines; NULL: before v2
	import    INTEGER REFERENCES vintage_v2(id)  -- first vintage of its import; NULL: itself
) STRICT;
INSERT INTO vintage_v2 (id, source, released, path, sha256, complete, imported, options, import)
SELECT v.id, v.source, v.released, v.path, v.sha256, v.complete, v.imported, NULL,
       nullif((SELECT min(w.id) FROM vintage w
               WHERE w.sha256 = v.sha256 AND w.imported = v.imported), v.id)
FROM vintage v;
DROP TABLE vintage;
ALTER TABLE vintage_v2 RENAME TO vintage;
CREATE INDEX vintage_sha256 ON vintage (sha256);
CREATE INDEX vintage_released ON vintage (source, released);

-- One value of one series for one period, as one release printed it.
-- status, derived from release-date order: new (first value of the period,
-- or the first after a withdrawal), revised (differs from the value in force
-- by more than the rounding of both prints), restated (the same value printed
-- with more digits), unchanged (the value in force repeated), withdrawn
-- (value NULL: a --complete release left the period out).
CREATE TABLE observation_v2 (
	id         INTEGER PRIMARY KEY,
	series     INTEGER NOT NULL REFERENCES series(id),
	period     TEXT NOT NULL CHECK (period GLOB '[12][0-9][0-9][0-9]*'),
	status     TEXT NOT NULL CHECK (status = 'new' OR status = 'revised' OR status = 'restated'
	                                OR status = 'unchanged' OR status = 'withdrawn'),
	value      REAL CHECK ((value IS NULL) = (status = 'withdrawn')),
	value_text TEXT,                                   -- the digits as the release wrote them
	precision  REAL CHECK (precision IS NULL OR precision >= 0), -- half a unit of the last
	                                                   -- written digit, base units
	vintage    INTEGER NOT NULL REFERENCES vintage(id),
	flag       TEXT,                                   -- the release's flag: p, e, b...
	UNIQUE (series, period, vintage)
) STRICT;
INSERT INTO observation_v2 (id, series, period, status, value, value_text, precision, vintage)
SELECT id, series, period, status, value, value_text, precision, vintage FROM observation;
DROP TABLE observation;
ALTER TABLE observation_v2 RENAME TO observation;
CREATE INDEX observation_vintage ON observation (vintage, series);
-- The few withdrawn rows, found without reading a series' every value.
CREATE INDEX observation_withdrawn ON observation (series, period) WHERE status = 'withdrawn';

-- Every value that set what was in force (unchanged repeats left out), with
-- the dates it was the published figure: valid_from is its release date,
-- valid_to the release date of the next such row, NULL while it is the
-- latest. Same-day releases are ordered by id (two of one source for one
-- series are refused unless --replace); the earlier is then in force on no day.
CREATE VIEW observation_history AS
SELECT o.id AS id, o.series AS series, o.period AS period, o.status AS status,
       o.value AS value, o.value_text AS value_text, o.precision AS precision,
       o.vintage AS vintage, v.released AS valid_from,
       lead(v.released) OVER w AS valid_to,
       lag(o.value) OVER w AS previous_value,
       lag(o.precision) OVER w AS previous_precision
FROM observation o JOIN vintage v ON v.id = o.vintage
WHERE o.status <> 'unchanged'
WINDOW w AS (PARTITION BY o.series, o.period ORDER BY v.released, v.id);

-- The latest value of each (series, period): the row in force after the
-- newest release that holds it (an unchanged repeat leaves the earlier row
-- in force). Withdrawn periods have value NULL.
CREATE VIEW observation_latest AS
SELECT o.*, v.released
FROM observation o JOIN vintage v ON v.id = o.vintage
WHERE o.status <> 'unchanged' AND NOT EXISTS (
	SELECT 1 FROM observation o2 JOIN vintage v2 ON v2.id = o2.vintage
	WHERE o2.series = o.series AND o2.period = o.period AND o2.status <> 'unchanged'
	  AND (v2.released > v.released OR (v2.released = v.released AND v2.id > v.id)));
