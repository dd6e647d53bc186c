-- document_redate.sql - a stored article's publication date, given again
-- (ingest --date/--dates) when it was unknown or differs: its claims are
-- then parsed again against it.
UPDATE document SET published = :published WHERE id = :document;
