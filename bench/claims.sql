-- bench/claims.sql - :n synthetic claims about the series already in the
-- database, for timing `validate` and `report` (bench/run.sh). Not part of
-- tradestat: run with the sqlite3 shell, `.parameter set :n 1000000` first.
--
-- Claim i is a level of series 1 + i % S (S series, ids 1..S as a fresh
-- import numbers them) for one of 50 months spread over its 300, so every
-- (series, month) is claimed by two documents and the agreement rule has
-- one pair to judge per two claims. Its subject (reporter, partner, flow,
-- commodity = series code) is the series' own. Every 7th claim is 10% off
-- the published value (an error finding); the others round it to the
-- figure as a news article would write it. Ten claims per document.
-- Documents are numbered after any already stored.
CREATE TEMP TABLE bench_base AS
SELECT coalesce((SELECT max(id) FROM document), 0) AS doc0,
       (SELECT count(*) FROM series) AS ns;

WITH RECURSIVE d(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM d WHERE k + 1 < (:n + 9) / 10)
INSERT INTO document (id, sha256, path, published, bytes, body)
SELECT doc0 + 1 + k, printf('%064x', doc0 + 1 + k), printf('bench/claims/%07d.txt', k),
       '2026-01-15', 64,
       CAST('Imports reached $1.2 billion in the month, customs data showed.   ' AS BLOB)
FROM d, bench_base;

WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i + 1 < :n),
m(i, sid, month) AS (SELECT i, 1 + i % ns, ((i / ns) % 50) * 6 FROM c, bench_base)
INSERT INTO claim (document, seq, start_off, end_off, sent_start, sent_end, text, kind,
                   value, precision, unit, measure, period, flow, reporter, partner, commodity)
SELECT doc0 + 1 + m.i / 10, m.i % 10, 16, 28, 0, 64, '$1.2 billion', 'money',
       CASE WHEN m.i % 7 = 0 THEN round(o.value * 1.1, -6) ELSE round(o.value, -6) END,
       5e5, 'USD', 'level', o.period, s.flow, s.reporter, s.partner, s.code
FROM m, bench_base
JOIN series s ON s.id = m.sid
JOIN observation o ON o.series = s.id
 AND o.period = printf('%04d-%02d', 2000 + m.month / 12, m.month % 12 + 1);

DROP TABLE bench_base;
