-- observation_insert.sql - one value as one vintage published it. Never an
-- UPDATE: a revision is a new row under a newer vintage (schema invariant 1).
INSERT INTO observation (series, period, status, value, value_text, precision, vintage)
VALUES (:series, :period, :status, :value, :value_text, :precision, :vintage);
