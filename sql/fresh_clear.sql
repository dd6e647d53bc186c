-- fresh_clear.sql - forget the previous import's vintages.
DELETE FROM temp.fresh;
