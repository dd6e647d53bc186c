-- document_delete.sql - the document itself, once its claims are gone.
DELETE FROM document WHERE id = :document;
