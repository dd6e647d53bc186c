-- observation_set_status.sql - the status of a row as release-date order
-- gives it (vintage.c). A status is derived; a value is never changed.
UPDATE observation SET status = :status WHERE id = :id;
