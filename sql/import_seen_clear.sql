-- import_seen_clear.sql - forget the previous file's periods.
DELETE FROM temp.import_seen;
