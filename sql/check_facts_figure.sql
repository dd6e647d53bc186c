-- check_facts_figure.sql - the claims the agreement and attribution rules
-- compare, as check_facts.sql gives them, one figure after another: grp
-- encodes the figure (kind, unit, per, measure, period, flow, reporter,
-- partner, commodity; NULL as '', each prefixed by its length so that no two
-- figures share a grp), the rows of one figure are contiguous and in
-- (document, seq) order, so validate holds one figure's claims at a time
-- (check/check.h, CHECK_BY_FIGURE). Claims neither rule compares (no period
-- or measure, kinds other than money, quantity and percent) are left out.
SELECT c.*,
       printf('%d:%s%d:%s%d:%s%d:%s%d:%s%d:%s%d:%s%d:%s%d:%s',
              length(c.kind), c.kind, length(coalesce(c.unit, '')), coalesce(c.unit, ''),
              length(coalesce(c.per, '')), coalesce(c.per, ''), length(c.measure), c.measure,
              length(c.period), c.period, length(coalesce(c.flow, '')), coalesce(c.flow, ''),
              length(coalesce(c.reporter, '')), coalesce(c.reporter, ''),
              length(coalesce(c.partner, '')), coalesce(c.partner, ''),
              length(coalesce(c.commodity, '')), coalesce(c.commodity, '')) AS grp
FROM check_fact c
WHERE (c.kind = 'money' OR c.kind = 'quantity' OR c.kind = 'percent')
  AND c.period <> '' AND c.measure <> ''
ORDER BY grp, c.doc_id, c.seq;
