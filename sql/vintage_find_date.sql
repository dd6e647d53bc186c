-- vintage_find_date.sql - the vintages released on :released by :source
-- (`vintage drop --released DATE --source NAME`).
SELECT id FROM vintage WHERE released = :released AND source = :source ORDER BY id;
