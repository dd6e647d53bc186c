-- walk_clear.sql - forget the periods of the previous recomputation.
DELETE FROM temp.walk;
