-- finding_insert.sql - one finding of one rule: about one claim (and maybe
-- another claim or an observation), or about two observations (:claim NULL,
-- the mirror rule's official pairs: :observation and :other_observation).
INSERT INTO finding (rule, severity, claim, other_claim, observation, series, period,
                     expected, actual, tolerance, rel_error, message,
                     other_observation, other_series)
VALUES (:rule, :severity, :claim, :other_claim, :observation, :series, :period,
        :expected, :actual, :tolerance, :rel_error, :message,
        :other_observation, :other_series);
