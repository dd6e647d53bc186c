-- series_has_observations.sql - whether a series has any stored value yet: a
-- one-release import into a series that has none stores every value as new,
-- and nothing needs recomputing.
SELECT EXISTS (SELECT 1 FROM observation WHERE series = :series) AS any;
