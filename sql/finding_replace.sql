-- finding_replace.sql - findings resting on the rows of :series that
-- vintage :vintage held (it is being replaced or dropped), on either side of
-- a finding about two series: the next `validate` recomputes them.
DELETE FROM finding
WHERE observation IN (SELECT id FROM observation WHERE vintage = :vintage AND series = :series)
   OR other_observation IN (SELECT id FROM observation WHERE vintage = :vintage AND series = :series)
   OR ((series = (SELECT code FROM series WHERE id = :series)
        OR other_series = (SELECT code FROM series WHERE id = :series))
       AND period IN (SELECT period FROM observation WHERE vintage = :vintage AND series = :series));
