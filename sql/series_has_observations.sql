-- series_has_observations.sql - whether a series has any stored value yet: an
-- import into a series that has none stores every value as new, unchecked.
SELECT EXISTS (SELECT 1 FROM observation WHERE series = :series) AS any;
