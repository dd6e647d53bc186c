-- finding_clear.sql - a validate run replaces the previous run's findings.
DELETE FROM finding;
