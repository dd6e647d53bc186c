-- check_facts.sql - the claims the validator reads, in a stable order
-- (document, then position), with what the rules need to name their sources
-- and to compare like with like: the figure's basis (adjustment, price,
-- basis, status) and where its subject and period came from (*_src: stated
-- or inferred; NULL when the parser did not say). NULL reaches the rules as "".
SELECT c.id AS id, c.document AS doc_id, c.doc AS doc, c.published AS published,
       c.start_off AS start, c.end_off AS "end", c.text AS text, c.sentence AS sentence,
       c.kind AS kind, c.value AS value, c.precision AS precision, c.unit AS unit,
       c.per AS per, c.approx AS approx, c.direction AS direction, c.measure AS measure,
       c.period AS period, c.flow AS flow, c.reporter AS reporter, c.partner AS partner,
       c.commodity AS commodity, c.pair AS pair,
       c.adjustment AS adjustment, c.price AS price, c.basis AS basis, c.status AS status,
       c.reporter_src AS reporter_src, c.partner_src AS partner_src,
       c.flow_src AS flow_src, c.period_src AS period_src, c.source AS source
FROM claim_source c
ORDER BY c.document, c.seq;
