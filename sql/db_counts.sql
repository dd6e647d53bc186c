-- db_counts.sql - how much the database holds, for `init` and the tests.
SELECT (SELECT count(*) FROM document)    AS documents,
       (SELECT count(*) FROM claim)       AS claims,
       (SELECT count(*) FROM series)      AS series,
       (SELECT count(*) FROM vintage)     AS vintages,
       (SELECT count(*) FROM observation) AS observations,
       (SELECT count(*) FROM finding)     AS findings;
