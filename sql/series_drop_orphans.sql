-- series_drop_orphans.sql - series of a drop left with no value at all:
-- an import created them, and undoing it removes them.
DELETE FROM series
WHERE id IN (SELECT series FROM temp.touched)
  AND NOT EXISTS (SELECT 1 FROM observation o WHERE o.series = series.id);
