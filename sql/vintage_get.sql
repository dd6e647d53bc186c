-- vintage_get.sql - one vintage by id, for `vintage drop` to say what it removes.
SELECT id, source, released, path FROM vintage WHERE id = :vintage;
