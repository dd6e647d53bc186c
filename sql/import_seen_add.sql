-- import_seen_add.sql - one period read from the file being imported; a
-- second insert of the same triple fails UNIQUE: a duplicate in the file.
INSERT INTO temp.import_seen (series, period, vintage) VALUES (:series, :period, :vintage);
