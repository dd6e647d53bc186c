-- vintage_repoint.sql - the vintages of an import name :heir as its first
-- (NULL for the heir itself) instead of :vintage, which is being dropped.
UPDATE vintage SET import = nullif(:heir, id) WHERE import = :vintage;
