-- touched_add.sql - a series whose statuses must be recomputed.
INSERT OR IGNORE INTO temp.touched (series) VALUES (:series);
