-- document_get.sql - one document by id: its path and date, and how many
-- claims and findings rest on it (what dropping or re-dating it touches).
SELECT d.id AS id, d.path AS path, d.published AS published,
       (SELECT count(*) FROM claim c WHERE c.document = d.id) AS claims,
       (SELECT count(*) FROM finding f
        WHERE f.claim IN (SELECT id FROM claim WHERE document = d.id)
           OR f.other_claim IN (SELECT id FROM claim WHERE document = d.id)) AS findings
FROM document d WHERE d.id = :document;
