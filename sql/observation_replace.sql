-- observation_replace.sql - the rows of :series in vintage :vintage, which
-- a release of the same source and date supersedes (import --replace) or
-- which `vintage drop` undoes.
DELETE FROM observation WHERE vintage = :vintage AND series = :series;
