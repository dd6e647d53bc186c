-- migrate_0003.sql - schema version 2 -> 3, run by migrate.c's store_migrate() inside
-- the transaction that reads and sets PRAGMA user_version, with foreign keys
-- off (checked by PRAGMA foreign_key_check before COMMIT).
--
-- What version 3 changes, and why:
--  1. claim.per holds what a figure is per: a rate's time unit ('year',
--     'month', 'day': "5.8 million tons per year") as before, or the unit of
--     quantity a price is quoted in ('t', 'oz', 'bbl', 'lb', 'bu', 'kg',
--     'gal': "$212.40 a tonne", issue 13). Version 2's CHECK allowed time
--     units only, so storing a price per tonne failed the whole file's
--     ingest. A lowercase unit symbol of at most 8 characters, or NULL.
-- SQLite cannot change a CHECK in place: the table is rebuilt (the documented
-- twelve steps), ids, rows and column order kept; the view on it and its
-- index are made again. finding's references name the table, not its
-- rowid storage, so they hold after the rename.

DROP VIEW claim_source;
CREATE TABLE claim_v3 (
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
	per        TEXT CHECK (length(per) BETWEEN 1 AND 8 AND per GLOB '[a-z]*'
	                       AND per NOT GLOB '*[^a-z0-9]*'),  -- 'year', 'month', 't', 'oz'
	approx     TEXT,
	direction  TEXT CHECK (direction = 'up' OR direction = 'down'),
	measure    TEXT,
	period     TEXT CHECK (period IS NULL OR period GLOB '[12][0-9][0-9][0-9]*'),
	flow       TEXT CHECK (flow = 'import' OR flow = 'export' OR flow = 'trade'),
	reporter   TEXT,
	partner    TEXT,
	commodity  TEXT,
	pair       INTEGER REFERENCES claim(id),           -- the other half of "5 billion yuan ($685 million)"
	adjustment TEXT CHECK (adjustment = 'sa' OR adjustment = 'nsa'),
	price      TEXT CHECK (price = 'real' OR price = 'nominal'),
	basis      TEXT CHECK (basis = 'annualized' OR basis = 'avg3m'),
	status     TEXT CHECK (status = 'preliminary' OR status = 'revised' OR status = 'previous'),
	reporter_src TEXT CHECK (reporter_src = 'stated' OR reporter_src = 'inferred'),
	partner_src  TEXT CHECK (partner_src = 'stated' OR partner_src = 'inferred'),
	flow_src     TEXT CHECK (flow_src = 'stated' OR flow_src = 'inferred'),
	period_src   TEXT CHECK (period_src = 'stated' OR period_src = 'inferred'),
	UNIQUE (document, seq)
) STRICT;
INSERT INTO claim_v3 (id, document, seq, start_off, end_off, sent_start, sent_end, text, kind,
                      value, precision, unit, per, approx, direction, measure, period, flow,
                      reporter, partner, commodity, pair, adjustment, price, basis, status,
                      reporter_src, partner_src, flow_src, period_src)
SELECT id, document, seq, start_off, end_off, sent_start, sent_end, text, kind,
       value, precision, unit, per, approx, direction, measure, period, flow,
       reporter, partner, commodity, pair, adjustment, price, basis, status,
       reporter_src, partner_src, flow_src, period_src
FROM claim;
DROP TABLE claim;
ALTER TABLE claim_v3 RENAME TO claim;
CREATE INDEX claim_subject ON claim (measure, period, reporter, partner, flow);

-- Each claim with where it came from: document path, date and sentence.
CREATE VIEW claim_source AS
SELECT c.*, d.path AS doc, d.published AS published,
       CAST(substr(d.body, c.sent_start + 1, c.sent_end - c.sent_start) AS TEXT) AS sentence
FROM claim c JOIN document d ON d.id = c.document;
