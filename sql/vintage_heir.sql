-- vintage_heir.sql - the next vintage of the import whose first is :vintage
-- (being dropped): it becomes the import's first.
SELECT min(id) AS id FROM vintage WHERE import = :vintage;
