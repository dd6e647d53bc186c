-- document_list.sql - the articles stored, for `tradestat document list`.
SELECT d.id AS id, d.path AS path, d.published AS published, d.bytes AS bytes,
       (SELECT count(*) FROM claim c WHERE c.document = d.id) AS claims,
       d.ingested AS ingested, d.sha256 AS sha256
FROM document d
ORDER BY d.id;
