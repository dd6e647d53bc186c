-- check_facts_subject.sql - the claims the agreement and mirror rules compare, as
-- check_facts.sql gives them, one subject after another: grp encodes kind,
-- unit, per and the two countries (reporter, partner) in either order (NULL
-- as '', each prefixed by its length so that no two subjects share a grp).
-- A subject holds every figure of that trade (any measure, flow, period,
-- commodity) and its other side (reporter and partner swapped), so that the
-- rule sees what explains a difference (check/explain.c: a later period in
-- the same release, the other side's figure) with the pair (check/check.h,
-- CHECK_BY_SUBJECT). The rows of one subject are contiguous and in
-- (figure, document, seq) order. Claims the rule never compares (no period
-- or measure, no reporter or partner, kinds other than money, quantity and
-- percent) are left out.
SELECT c.*,
       printf('%d:%s%d:%s%d:%s%d:%s%d:%s',
              length(c.kind), c.kind, length(coalesce(c.unit, '')), coalesce(c.unit, ''),
              length(coalesce(c.per, '')), coalesce(c.per, ''),
              length(min(coalesce(c.reporter, ''), coalesce(c.partner, ''))),
              min(coalesce(c.reporter, ''), coalesce(c.partner, '')),
              length(max(coalesce(c.reporter, ''), coalesce(c.partner, ''))),
              max(coalesce(c.reporter, ''), coalesce(c.partner, ''))) AS grp
FROM check_fact c
WHERE (c.kind = 'money' OR c.kind = 'quantity' OR c.kind = 'percent')
  AND c.period <> '' AND c.measure <> ''
  AND (coalesce(c.reporter, '') <> '' OR coalesce(c.partner, '') <> '')
ORDER BY grp, c.measure, c.period, coalesce(c.flow, ''), c.reporter, c.partner,
         coalesce(c.commodity, ''), c.doc_id, c.seq;
