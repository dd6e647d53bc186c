-- finding_clear.sql - a validate run replaces the previous run's findings:
-- all of them, or with :rule only that rule's (validate --rule: the other
-- rules' findings stay for the report).
DELETE FROM finding WHERE :rule IS NULL OR rule = :rule;
