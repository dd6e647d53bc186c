-- vintage_delete.sql - the vintage itself, once its rows are gone.
DELETE FROM vintage WHERE id = :vintage;
