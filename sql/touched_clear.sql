-- touched_clear.sql - forget the previous recomputation's series and vintages.
DELETE FROM temp.touched;
