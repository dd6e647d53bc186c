-- document_find.sql - the document with this content, if stored.
-- Content, not path, identifies an article: the same file under two names is one document.
SELECT id FROM document WHERE sha256 = :sha256;
