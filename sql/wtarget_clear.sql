-- wtarget_clear.sql - empty the withdrawal targets (vintage.c).
DELETE FROM temp.wtarget;
