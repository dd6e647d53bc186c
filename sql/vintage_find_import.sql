-- vintage_find_import.sql - whether this import was made before: the same
-- file (SHA-256) with the same identity options (import_identity), or the
-- same file imported before schema version 2 (options NULL: identity was the
-- SHA-256 alone). Re-importing a release is then a no-op.
SELECT id, released FROM vintage
WHERE sha256 = :sha256 AND (options IS NULL OR options = coalesce(:options, ''))
ORDER BY id LIMIT 1;
