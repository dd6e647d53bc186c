-- migrate_0004.sql - schema version 3 -> 4, run by migrate.c's store_migrate() inside
-- the transaction that reads and sets PRAGMA user_version, with foreign keys
-- off (the connection turns them on after the migration, and checks them
-- before COMMIT: PRAGMA foreign_key_check).
--
-- What version 4 changes, and why:
--  1. claim.basis may also be 'bop' (stated on a balance-of-payments basis,
--     or a current account figure) or 'customs' (on a customs or Census
--     basis): the compilation basis, which economists never compare across
--     (the U.S. 1986 deficit was 147.71 bn on a balance-of-payments basis and
--     169.8 bn on a Census basis; issue 16). SQLite cannot change a CHECK, so
--     the claim table is rebuilt, its columns in the same order, its rows
--     copied as they are; findings keep pointing at the same claim ids.
-- The view that names claim is dropped before the rebuild and created again
-- (its definition unchanged), and claim's index is created again.

DROP VIEW claim_source;

CREATE TABLE claim_v4 (
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
	adjustment TEXT CHECK (adjustment = 'sa' OR adjustment = 'nsa'),
	price      TEXT CHECK (price = 'real' OR price = 'nominal'),
	basis      TEXT CHECK (basis = 'annualized' OR basis = 'avg3m' OR basis = 'bop'
	                       OR basis = 'customs'),
	status     TEXT CHECK (status = 'preliminary' OR status = 'revised'
	                       OR status = 'previous'),
	reporter_src TEXT CHECK (reporter_src = 'stated' OR reporter_src = 'inferred'),
	partner_src  TEXT CHECK (partner_src = 'stated' OR partner_src = 'inferred'),
	flow_src     TEXT CHECK (flow_src = 'stated' OR flow_src = 'inferred'),
	period_src   TEXT CHECK (period_src = 'stated' OR period_src = 'inferred'),
	UNIQUE (document, seq)
) STRICT;
INSERT INTO claim_v4 SELECT * FROM claim;
DROP TABLE claim;
ALTER TABLE claim_v4 RENAME TO claim;
CREATE INDEX claim_subject ON claim (measure, period, reporter, partner, flow);

-- Each claim with where it came from: document path, date and sentence.
CREATE VIEW claim_source AS
SELECT c.*, d.path AS doc, d.published AS published,
       CAST(substr(d.body, c.sent_start + 1, c.sent_end - c.sent_start) AS TEXT) AS sentence
FROM claim c JOIN document d ON d.id = c.document;
