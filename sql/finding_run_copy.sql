-- finding_run_copy.sql - the end of a validate run: its findings, as the
-- rules gave them (finding_insert.sql), into finding in the same order, so
-- that their ids are what inserting them one by one gave (the previous
-- run's deleted first by finding_clear.sql, in the same transaction).
INSERT INTO finding (rule, severity, claim, other_claim, observation, series, period,
                     expected, actual, tolerance, rel_error, message, created,
                     other_observation, other_series)
SELECT rule, severity, claim, other_claim, observation, series, period,
       expected, actual, tolerance, rel_error, message, created,
       other_observation, other_series
FROM temp.finding_run ORDER BY id;
