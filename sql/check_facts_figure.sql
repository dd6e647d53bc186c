-- check_facts_figure.sql - the claims the agreement and attribution rules
-- compare, as check_facts.sql gives them, one figure after another: grp
-- encodes the figure (kind, unit, per, measure, period, flow, reporter,
-- partner, commodity; NULL as '', each prefixed by its length so that no two
-- figures share a grp), the rows of one figure are contiguous and in
-- (document, seq) order, so validate holds one figure's claims at a time
-- (check/check.h, CHECK_BY_FIGURE). Claims neither rule compares (no period
-- or measure, kinds other than money, quantity and percent) are left out.
SELECT c.id AS id, c.document AS doc_id, c.doc AS doc, c.published AS published,
       c.start_off AS start, c.end_off AS "end", c.text AS text, c.sentence AS sentence,
       c.kind AS kind, c.value AS value, c.precision AS precision, c.unit AS unit,
       c.per AS per, c.approx AS approx, c.direction AS direction, c.measure AS measure,
       c.period AS period, c.flow AS flow, c.reporter AS reporter, c.partner AS partner,
       c.commodity AS commodity, c.pair AS pair,
       c.adjustment AS adjustment, c.price AS price, c.basis AS basis, c.status AS status,
       c.reporter_src AS reporter_src, c.partner_src AS partner_src,
       c.flow_src AS flow_src, c.period_src AS period_src, c.source AS source,
       printf('%d:%s%d:%s%d:%s%d:%s%d:%s%d:%s%d:%s%d:%s%d:%s',
              length(c.kind), c.kind, length(coalesce(c.unit, '')), coalesce(c.unit, ''),
              length(coalesce(c.per, '')), coalesce(c.per, ''), length(c.measure), c.measure,
              length(c.period), c.period, length(coalesce(c.flow, '')), coalesce(c.flow, ''),
              length(coalesce(c.reporter, '')), coalesce(c.reporter, ''),
              length(coalesce(c.partner, '')), coalesce(c.partner, ''),
              length(coalesce(c.commodity, '')), coalesce(c.commodity, '')) AS grp
FROM claim_source c
WHERE (c.kind = 'money' OR c.kind = 'quantity' OR c.kind = 'percent')
  AND c.period <> '' AND c.measure <> ''
ORDER BY grp, c.document, c.seq;
