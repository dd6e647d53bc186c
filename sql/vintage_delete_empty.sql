-- vintage_delete_empty.sql - a vintage left holding nothing (all its rows
-- replaced or dropped) goes, unless later vintages of its import name it.
DELETE FROM vintage WHERE id = :vintage
  AND NOT EXISTS (SELECT 1 FROM observation WHERE vintage = :vintage)
  AND NOT EXISTS (SELECT 1 FROM vintage WHERE import = :vintage);
