-- schema.sql - tradestat's database, schema version 1 (PRAGMA user_version).
--
-- Run once by store_open() on an empty database, inside one transaction.
-- Later versions add sql/migrate_NNNN.sql files; this file stays as it is.
--
-- Invariants:
--  1. Nothing is overwritten. An observation row is never updated: a revised
--     figure is a new row in a newer vintage, and the old row stays. A value
--     a release repeats unchanged adds no row: the value in force on a date
--     is the newest row released on or before it (observation_history).
--  2. Every claim points at its document and at byte offsets [start_off,
--     end_off) into that document's stored bytes, so its text can be re-read.
--  3. Every observation points at the vintage (one release, one import) that
--     carried it; a vintage records the file's SHA-256.
--  4. Values are in base units: money in units of the currency (not millions),
--     quantities in the unit named (t, m3, bbl), percent as written (3 = 3%).
--  5. Dates are ISO text: 'YYYY-MM-DD'; periods 'YYYY', 'YYYY-Qn', 'YYYY-MM'
--     or 'YYYY-MM-DD'. CHECKs enforce the shapes.
--  6. Lists of allowed values are written `x = 'a' OR x = 'b'`, not
--     `x IN ('a', 'b')`: SQLite 3.40 builds a temporary b-tree for an IN list
--     of three or more values on every row it checks (a third of an import's
--     time, measured with callgrind); the meaning, NULL included, is the same.

-- One article, stored once per distinct content.
CREATE TABLE document (
	id        INTEGER PRIMARY KEY,
	sha256    TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
	path      TEXT NOT NULL,                 -- as given to `ingest`
	published TEXT CHECK (published IS NULL OR published GLOB
	          '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	bytes     INTEGER NOT NULL CHECK (bytes >= 0),
	body      BLOB NOT NULL,                 -- the article bytes, offsets index into them
	ingested  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

-- One numeric figure in one article.
CREATE TABLE claim (
	id         INTEGER PRIMARY KEY,
	document   INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
	seq        INTEGER NOT NULL CHECK (seq >= 0),      -- order within the document
	start_off  INTEGER NOT NULL CHECK (start_off >= 0),
	end_off    INTEGER NOT NULL CHECK (end_off > start_off),
	sent_start INTEGER NOT NULL CHECK (sent_start >= 0),
	sent_end   INTEGER NOT NULL CHECK (sent_end >= sent_start),
	text       TEXT NOT NULL,                          -- the mention as written
	kind       TEXT NOT NULL CHECK (kind = 'money' OR kind = 'quantity' OR kind = 'percent'
	                                OR kind = 'date' OR kind = 'count'),
	value      REAL NOT NULL,                          -- base units (invariant 4)
	precision  REAL NOT NULL CHECK (precision >= 0),   -- half a unit of the last written digit
	unit       TEXT,
	per        TEXT CHECK (per = 'year' OR per = 'quarter' OR per = 'month' OR per = 'week'
	                       OR per = 'day'),
	approx     TEXT,
	direction  TEXT CHECK (direction = 'up' OR direction = 'down'),
	measure    TEXT,
	period     TEXT CHECK (period IS NULL OR period GLOB '[12][0-9][0-9][0-9]*'),
	flow       TEXT CHECK (flow = 'import' OR flow = 'export' OR flow = 'trade'),
	reporter   TEXT,
	partner    TEXT,
	commodity  TEXT,
	pair       INTEGER REFERENCES claim(id),           -- the other half of "5 billion yuan ($685 million)"
	UNIQUE (document, seq)
) STRICT;
CREATE INDEX claim_subject ON claim (measure, period, reporter, partner, flow);

-- One official series, e.g. CN.IMP.RU or EXCHUS.
CREATE TABLE series (
	id        INTEGER PRIMARY KEY,
	code      TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
	title     TEXT,
	unit      TEXT,                                    -- ISO 4217, 'CNY/USD', 't', ...
	reporter  TEXT,
	partner   TEXT,
	flow      TEXT CHECK (flow = 'import' OR flow = 'export' OR flow = 'trade'),
	commodity TEXT,
	measure   TEXT NOT NULL DEFAULT 'level' CHECK (measure = 'level' OR measure = 'ytd'),
	                                                   -- ytd: each value is January to that period
	freq      TEXT CHECK (freq = 'A' OR freq = 'Q' OR freq = 'M' OR freq = 'D')
) STRICT;

-- One release as imported: a file, its source and its release date.
CREATE TABLE vintage (
	id        INTEGER PRIMARY KEY,
	source    TEXT NOT NULL,
	released  TEXT NOT NULL CHECK (released GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	path      TEXT NOT NULL,
	sha256    TEXT NOT NULL CHECK (length(sha256) = 64),
	complete  INTEGER NOT NULL DEFAULT 0 CHECK (complete = 0 OR complete = 1),
	imported  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
	UNIQUE (sha256, released)
) STRICT;

-- One value of one series for one period, as one vintage published it,
-- stored when it differs from the value in force at that vintage's release.
-- status: new (first value of the period), revised (differs by more than the
-- rounding of both prints), restated (the same value printed with more digits),
-- withdrawn (value NULL: a --complete release left the period out).
CREATE TABLE observation (
	id         INTEGER PRIMARY KEY,
	series     INTEGER NOT NULL REFERENCES series(id),
	period     TEXT NOT NULL CHECK (period GLOB '[12][0-9][0-9][0-9]*'),
	status     TEXT NOT NULL CHECK (status = 'new' OR status = 'revised' OR status = 'restated'
	                                OR status = 'withdrawn'),
	value      REAL CHECK ((value IS NULL) = (status = 'withdrawn')),
	value_text TEXT,                                   -- the digits as the release wrote them
	precision  REAL CHECK (precision IS NULL OR precision >= 0), -- half a unit of the last
	                                                   -- written digit, base units
	vintage    INTEGER NOT NULL REFERENCES vintage(id),
	UNIQUE (series, period, vintage)
) STRICT;
CREATE INDEX observation_vintage ON observation (vintage);

-- One result of one validation rule. `validate` replaces all rows each run.
CREATE TABLE finding (
	id          INTEGER PRIMARY KEY,
	rule        TEXT NOT NULL,
	severity    TEXT NOT NULL CHECK (severity = 'info' OR severity = 'warning' OR severity = 'error'),
	claim       INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
	other_claim INTEGER REFERENCES claim(id) ON DELETE CASCADE,
	observation INTEGER REFERENCES observation(id),
	series      TEXT,
	period      TEXT,
	expected    REAL,
	actual      REAL,
	tolerance   REAL,
	rel_error   REAL,
	message     TEXT NOT NULL,
	created     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX finding_claim ON finding (claim);

-- Every stored value with the dates it was the published figure (ALFRED's
-- realtime period): valid_from is its vintage's release date, valid_to the
-- release date of the next row for the same (series, period), NULL while it
-- is still the latest. The value as known on date D is the row with
-- valid_from <= D < valid_to (or valid_to NULL). Same-day releases are
-- ordered by import; the earlier one is then in force on no day.
CREATE VIEW observation_history AS
SELECT o.id AS id, o.series AS series, o.period AS period, o.status AS status,
       o.value AS value, o.value_text AS value_text, o.precision AS precision,
       o.vintage AS vintage, v.released AS valid_from,
       lead(v.released) OVER w AS valid_to,
       lag(o.value) OVER w AS previous_value,
       lag(o.precision) OVER w AS previous_precision
FROM observation o JOIN vintage v ON v.id = o.vintage
WINDOW w AS (PARTITION BY o.series, o.period ORDER BY v.released, v.id);

-- The latest value of each (series, period): the row of the newest vintage
-- (by release date, then by import order). Withdrawn periods have value NULL.
CREATE VIEW observation_latest AS
SELECT o.*, v.released
FROM observation o JOIN vintage v ON v.id = o.vintage
WHERE NOT EXISTS (
	SELECT 1 FROM observation o2 JOIN vintage v2 ON v2.id = o2.vintage
	WHERE o2.series = o.series AND o2.period = o.period
	  AND (v2.released > v.released OR (v2.released = v.released AND v2.id > v.id)));

-- Each claim with where it came from: document path, date and sentence.
CREATE VIEW claim_source AS
SELECT c.*, d.path AS doc, d.published AS published,
       CAST(substr(d.body, c.sent_start + 1, c.sent_end - c.sent_start) AS TEXT) AS sentence
FROM claim c JOIN document d ON d.id = c.document;
