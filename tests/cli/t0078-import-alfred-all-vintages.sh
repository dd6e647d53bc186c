# Issue 15: an ALFRED all-vintages file (observation_date, SERIES_YYYYMMDD...)
# is one series with one vintage per column, dated by the column's suffix;
# '.' is a period not published in that vintage. No flag needed.
. "$TOP/tests/cli/lib.sh"
F="$TOP/tests/data/alfred_impch_all_vintages.csv"
ts init > /dev/null
ts import "$F" 2> err || fail "import: $(cat err)"
grep -q ': 1 series, 3 vintages, 13 rows:.* 10 missing' err || fail "summary: $(cat err)"
[ "$(count 'SELECT group_concat(released, " ") FROM (SELECT released FROM vintage ORDER BY released)')" = \
  "2017-03-03 2019-05-10 2026-02-28" ] || fail "vintages: $(count 'SELECT released FROM vintage')"
[ "$(count 'SELECT count(*) FROM series')" = 1 ] || fail "series: $(count 'SELECT code FROM series')"
ts export series > now.csv
# The newest vintage holding each period; 2006-12 equal in 2019 and 2026 (unchanged).
grep -qx 'IMPCH,2016-11,42602.631733,,2026-02-28,alfred_impch_all_vintages.csv,,,,,M' now.csv ||
	fail "2016-11 now: $(grep 2016-11 now.csv)"
grep -qx 'IMPCH,2006-12,24109.185573,,2019-05-10,alfred_impch_all_vintages.csv,,,,,M' now.csv ||
	fail "2006-12 now: $(grep 2006-12 now.csv)"
[ "$(grep -c '^IMPCH,' now.csv)" = 13 ] || fail "13 periods: $(cat now.csv)"
# As of 2018: the 2017-03-03 column only; 2017-01 was '.' there (not published).
ts export series --as-of 2018-01-01 > old.csv
grep -qx 'IMPCH,2016-11,42620.5,,2017-03-03,alfred_impch_all_vintages.csv,,,,,M' old.csv ||
	fail "2016-11 as of 2018: $(grep 2016-11 old.csv)"
! grep -q '^IMPCH,2017-01,' old.csv || fail "2017-01 was not published in 2017-03-03"
[ "$(grep -c '^IMPCH,' old.csv)" = 6 ] || fail "6 periods in the 2017 vintage: $(cat old.csv)"
ts export series --revisions > rev.csv
grep -q '^IMPCH,2016-11,2019-05-10,2026-02-28,revised,42605.44815,42620.5,' rev.csv || fail "revision: $(cat rev.csv)"
