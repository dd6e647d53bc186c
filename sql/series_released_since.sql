-- series_released_since.sql - whether a release of :series other than the
-- running import's is dated :released or later: an import is then placed
-- among releases (backfill, or the same day) and its series' statuses are
-- recomputed; otherwise it appends, and each value is judged against the
-- one in force (observation_current.sql).
SELECT EXISTS (SELECT 1 FROM vintage v
               WHERE v.released >= :released AND v.id NOT IN (SELECT vintage FROM temp.fresh)
                 AND EXISTS (SELECT 1 FROM observation o
                             WHERE o.vintage = v.id AND o.series = :series)) AS later;
