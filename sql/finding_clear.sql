-- finding_clear.sql - a validate run replaces the previous run's findings:
-- all of them, or with :rule only that rule's (validate --rule: the other
-- rules' findings stay for the report). One range of ids (:after, :after +
-- :span] at a time, validate.c walks them up to finding_last.sql's id: one
-- DELETE of every finding collected all their rowids in memory first
-- (SQLite's two-pass delete, the table having foreign keys), ~24 bytes per
-- finding held until the run's end.
DELETE FROM finding
WHERE id > :after AND id <= :after + :span AND (:rule IS NULL OR rule = :rule);
