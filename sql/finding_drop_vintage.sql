-- finding_drop_vintage.sql - findings resting on what vintage :vintage
-- stored: on one of its rows (either observation of a finding about two
-- series), or on a (series, period) it holds. The next `validate`
-- recomputes them against what stays.
DELETE FROM finding
WHERE observation IN (SELECT id FROM observation WHERE vintage = :vintage)
   OR other_observation IN (SELECT id FROM observation WHERE vintage = :vintage)
   OR EXISTS (SELECT 1 FROM observation o JOIN series s ON s.id = o.series
              WHERE o.vintage = :vintage AND s.code IN (finding.series, finding.other_series)
                AND o.period = finding.period);
