-- observation_insert.sql - one value as one release printed it. Every value a
-- release holds is a row, a repeat too: its status is derived afterwards from
-- release-date order (vintage.c), so :status is provisional. Never an UPDATE
-- of a value: a revision is a new row under a newer vintage.
INSERT INTO observation (series, period, status, value, value_text, precision, vintage, flag)
VALUES (:series, :period, :status, :value, :value_text, :precision, :vintage, :flag);
