-- check_facts_mirror.sql - the claims the mirror rule pairs, as
-- check_facts.sql gives them, one mirror group after another: grp encodes
-- kind, unit, per, period and the two countries in either order (NULL as '',
-- each prefixed by its length), the rows of a group contiguous and in
-- (document, seq) order (check/check.h, CHECK_BY_MIRROR). Only claims that
-- can have a mirror: money or quantity with a period, between two different
-- named countries, a level or a balance (rule_mirror.c checks the rest), of
-- which another claim reports the other side (found by the claim_subject
-- index) or a series does (a level only). A claim left out would pair with
-- nothing, so the findings are the rule's over all claims.
SELECT c.id AS id, c.document AS doc_id, c.doc AS doc, c.published AS published,
       c.start_off AS start, c.end_off AS "end", c.text AS text, c.sentence AS sentence,
       c.kind AS kind, c.value AS value, c.precision AS precision, c.unit AS unit,
       c.per AS per, c.approx AS approx, c.direction AS direction, c.measure AS measure,
       c.period AS period, c.flow AS flow, c.reporter AS reporter, c.partner AS partner,
       c.commodity AS commodity, c.pair AS pair,
       c.adjustment AS adjustment, c.price AS price, c.basis AS basis, c.status AS status,
       c.reporter_src AS reporter_src, c.partner_src AS partner_src,
       c.flow_src AS flow_src, c.period_src AS period_src,
       printf('%d:%s%d:%s%d:%s%d:%s%d:%s%d:%s',
              length(c.kind), c.kind, length(coalesce(c.unit, '')), coalesce(c.unit, ''),
              length(coalesce(c.per, '')), coalesce(c.per, ''), length(c.period), c.period,
              length(min(c.reporter, c.partner)), min(c.reporter, c.partner),
              length(max(c.reporter, c.partner)), max(c.reporter, c.partner)) AS grp
FROM claim_source c
WHERE (c.kind = 'money' OR c.kind = 'quantity') AND c.period <> ''
  AND c.reporter <> '' AND c.partner <> '' AND c.reporter <> c.partner
  AND (c.measure = 'level' OR c.measure = 'balance')
  AND (EXISTS (SELECT 1 FROM claim m
               WHERE m.measure = c.measure AND m.period = c.period
                 AND m.reporter = c.partner AND m.partner = c.reporter
                 AND (c.measure = 'balance' OR m.flow <> c.flow))
       OR (c.measure = 'level'
           AND (c.partner, c.reporter, CASE c.flow WHEN 'export' THEN 'import'
                                                   WHEN 'import' THEN 'export' END)
               IN (SELECT s.reporter, s.partner, s.flow FROM series s)))
ORDER BY grp, c.document, c.seq;
