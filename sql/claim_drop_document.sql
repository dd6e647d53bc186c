-- claim_drop_document.sql - every claim of :document (pairs point only
-- within one document, so the statement leaves no dangling pair).
DELETE FROM claim WHERE document = :document;
