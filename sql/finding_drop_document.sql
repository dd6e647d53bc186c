-- finding_drop_document.sql - findings on a claim of :document (either side).
DELETE FROM finding
WHERE claim IN (SELECT id FROM claim WHERE document = :document)
   OR other_claim IN (SELECT id FROM claim WHERE document = :document);
