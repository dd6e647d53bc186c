-- series_suggest.sql - what a series code named on the command line that does
-- not exist may have meant (plot, export --series): the same code in another
-- case (rank 0), a code holding it (1), a title holding it (2), else any code
-- (3); best first, at most 5; total: how many series the database holds.
SELECT code AS series, rank, total
FROM (SELECT code,
             CASE WHEN lower(code) = lower(:series) THEN 0
                  WHEN instr(lower(code), lower(:series)) > 0 THEN 1
                  WHEN instr(lower(coalesce(title, '')), lower(:series)) > 0 THEN 2
                  ELSE 3 END AS rank,
             count(*) OVER () AS total
      FROM series)
ORDER BY rank, code
LIMIT 5;
