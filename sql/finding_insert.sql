-- finding_insert.sql - one finding of one rule about one claim.
INSERT INTO finding (rule, severity, claim, other_claim, observation, series, period,
                     expected, actual, tolerance, rel_error, message)
VALUES (:rule, :severity, :claim, :other_claim, :observation, :series, :period,
        :expected, :actual, :tolerance, :rel_error, :message);
