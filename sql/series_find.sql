-- series_find.sql - whether a series code named on the command line exists
-- (plot, export --series: an unknown name is a usage error, exit 2).
SELECT code AS series FROM series WHERE code = :series;
