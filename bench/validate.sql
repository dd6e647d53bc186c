-- bench/validate.sql - the yardstick for `validate` in `make bench`: the
-- pairs of the agreement rule and the matches of the official rule, written
-- as plain SQL over the same database, their findings stored in the finding
-- table as validate stores them (severity, expected, actual, tolerance,
-- relative error; the message is a short fixed text, not validate's prose).
-- Not part of tradestat: run with the sqlite3 shell (bench/run.sh times it).
-- Fixed before any work on validate's speed (issue 14), so that the goal
-- "validate <= 2x this file" cannot move with the work.
--
-- Same rules as src/check (at commit 9405561):
--  agreement (rule_agreement.c, tol.c): two claims of different documents
--    with kind money, quantity or percent, a period, a measure and a reporter
--    or partner, and equal kind, unit, per, measure, period, flow, reporter,
--    partner and commodity ("" and NULL alike) form a pair (earlier, later)
--    in (document, seq) order. A change that went down is negative; the
--    half-width is the precision, widened to 5% of the value for a hedge;
--    they agree when |a - b| <= half_a + half_b + 1e-9 * max(|a|, |b|).
--  official (rule_official.c, series.c): a money or quantity claim, level or
--    ytd, with a period, no per, and a flow, reporter or partner, meets each
--    series with equal reporter, partner, flow, measure and unit whose
--    commodity fits (either empty, or equal) and which has the period; it is
--    compared with the latest vintage's value and with the one current on
--    the article's date (released on or before it); withdrawn values skipped.
--  severity: info when they agree; warning when off by less than 10% of a
--    non-zero expected value; error otherwise.
DELETE FROM finding;

CREATE TEMP TABLE yard_fact AS
SELECT c.id, c.document, c.seq, c.kind, c.unit, c.per, c.measure, c.period, c.flow,
       c.reporter, c.partner, c.commodity, d.published,
       CASE WHEN c.measure IN ('change', 'change_yoy', 'change_mom', 'change_qoq')
                 AND c.direction = 'down' AND c.value > 0 THEN -c.value ELSE c.value END AS v,
       c.approx, c.precision
FROM claim c JOIN document d ON d.id = c.document;

CREATE TEMP TABLE yard_side AS
SELECT *, max(CASE WHEN precision > 0 THEN precision ELSE 0 END,
              CASE WHEN approx IS NOT NULL THEN 0.05 * abs(v) ELSE 0 END) AS half
FROM yard_fact;
CREATE INDEX yard_side_key ON yard_side (measure, period, unit, reporter, partner, flow);

-- agreement: b is the later claim (the finding's claim), a the earlier (other).
INSERT INTO finding (rule, severity, claim, other_claim, period, expected, actual,
                     tolerance, rel_error, message)
SELECT 'agreement',
       CASE WHEN abs(b.v - a.v) <= a.half + b.half + 1e-9 * max(abs(a.v), abs(b.v)) THEN 'info'
            WHEN a.v <> 0 AND abs((b.v - a.v) / a.v) < 0.10 THEN 'warning'
            ELSE 'error' END,
       b.id, a.id, b.period, a.v, b.v, a.half + b.half,
       CASE WHEN a.v <> 0 THEN (b.v - a.v) / a.v ELSE 0 END,
       'agreement (bench yardstick)'
FROM yard_side a
JOIN yard_side b
  ON b.measure = a.measure AND b.period = a.period AND b.unit IS a.unit
 AND b.reporter IS a.reporter AND b.partner IS a.partner AND b.flow IS a.flow
 AND b.kind = a.kind AND b.per IS a.per AND b.commodity IS a.commodity
 AND b.document <> a.document
 AND (b.document > a.document OR (b.document = a.document AND b.seq > a.seq))
WHERE a.kind IN ('money', 'quantity', 'percent') AND a.period IS NOT NULL
  AND a.measure IS NOT NULL AND (a.reporter IS NOT NULL OR a.partner IS NOT NULL);

-- official: per (claim, series holding its period), the latest and as-of values.
CREATE TEMP TABLE yard_match AS
SELECT f.id AS claim, f.v, f.half, f.published, s.id AS series, s.code, f.period,
       (SELECT o.id FROM observation o JOIN vintage vv ON vv.id = o.vintage
        WHERE o.series = s.id AND o.period = f.period AND o.value IS NOT NULL
        ORDER BY vv.released DESC, vv.id DESC LIMIT 1) AS latest,
       (SELECT o.id FROM observation o JOIN vintage vv ON vv.id = o.vintage
        WHERE o.series = s.id AND o.period = f.period AND o.value IS NOT NULL
          AND f.published IS NOT NULL AND vv.released <= f.published
        ORDER BY vv.released DESC, vv.id DESC LIMIT 1) AS asof
FROM yard_side f
JOIN series s
  ON s.reporter IS f.reporter AND s.partner IS f.partner AND s.flow IS f.flow
 AND s.measure = f.measure AND s.unit IS f.unit
 AND (f.commodity IS NULL OR s.commodity IS NULL OR s.commodity = f.commodity)
WHERE f.kind IN ('money', 'quantity') AND f.measure IN ('level', 'ytd')
  AND f.period IS NOT NULL AND f.per IS NULL
  AND (f.flow IS NOT NULL OR f.reporter IS NOT NULL OR f.partner IS NOT NULL);

CREATE TEMP TABLE yard_cmp AS
SELECT m.*, l.value AS lv, coalesce(l.precision, 0) AS lh, a.value AS av,
       coalesce(a.precision, 0) AS ah,
       abs(m.v - l.value) <= m.half + coalesce(l.precision, 0)
                             + 1e-9 * max(abs(m.v), abs(l.value)) AS agree_l,
       a.id IS NOT NULL AND abs(m.v - a.value) <= m.half + coalesce(a.precision, 0)
                             + 1e-9 * max(abs(m.v), abs(a.value)) AS agree_a
FROM yard_match m
JOIN observation l ON l.id = m.latest
LEFT JOIN observation a ON a.id = m.asof;

INSERT INTO finding (rule, severity, claim, observation, series, period, expected, actual,
                     tolerance, rel_error, message)
SELECT 'official',
       CASE WHEN agree_l OR agree_a THEN 'info'
            WHEN ov <> 0 AND abs((v - ov) / ov) < 0.10 THEN 'warning'
            ELSE 'error' END,
       claim, oid, code, period, ov, v, half + oh,
       CASE WHEN ov <> 0 THEN (v - ov) / ov ELSE 0 END, 'official (bench yardstick)'
FROM (SELECT *, CASE WHEN NOT agree_l AND agree_a THEN asof ELSE latest END AS oid,
             CASE WHEN NOT agree_l AND agree_a THEN av ELSE lv END AS ov,
             CASE WHEN NOT agree_l AND agree_a THEN ah ELSE lh END AS oh
      FROM yard_cmp);

SELECT rule, severity, count(*) FROM finding GROUP BY 1, 2 ORDER BY 1, 2;
