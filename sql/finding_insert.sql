-- finding_insert.sql - one finding of one rule: about one claim (and maybe
-- another claim or an observation), or about two observations (:claim NULL,
-- the mirror rule's official pairs: :observation and :other_observation).
-- Into the run's scratch table (session.sql); finding_run_copy.sql moves
-- them into finding at the run's end.
INSERT INTO temp.finding_run (rule, severity, claim, other_claim, observation, series, period,
                              expected, actual, tolerance, rel_error, message,
                              other_observation, other_series)
VALUES (:rule, :severity, :claim, :other_claim, :observation, :series, :period,
        :expected, :actual, :tolerance, :rel_error, :message,
        :other_observation, :other_series);
