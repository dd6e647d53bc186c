-- finding_run_clear.sql - empties the run's scratch table (session.sql)
-- before a validate run.
DELETE FROM temp.finding_run;
