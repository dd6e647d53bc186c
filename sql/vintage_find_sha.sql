-- vintage_find_sha.sql - whether this exact file (by content) was imported before,
-- and when: re-importing a release is a no-op.
SELECT id, released FROM vintage WHERE sha256 = :sha256 ORDER BY id LIMIT 1;
