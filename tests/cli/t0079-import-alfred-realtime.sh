# Issue 15: ALFRED's real-time layout (realtime_start, realtime_end, date,
# value): a vintage per realtime_start; the file names no series, so
# --series names it (and is refused for a layout whose header names them).
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
printf 'realtime_start,realtime_end,date,value\n2017-03-03,2019-05-09,2016-11-01,42620.5\n2019-05-10,9999-12-31,2016-11-01,42605.44815\n2017-03-03,9999-12-31,2016-12-01,39381.8\n' > rt.csv
expect_exit 3 ts import rt.csv 2> err
grep -q '^rt.csv:1: an ALFRED real-time file names no series: give --series CODE' err || fail "$(cat err)"
ts import --series IMPCH rt.csv 2> err || fail "$(cat err)"
grep -q ': 1 series, 2 vintages, 3 rows: 2 new, 1 revised' err || fail "summary: $(cat err)"
ts export series --revisions | grep -q '^IMPCH,2016-11,2019-05-10,,revised,42605.44815,42620.5,' || fail "revision"
ts export series --as-of 2018-01-01 | grep -qx 'IMPCH,2016-11,42620.5,,2017-03-03,rt.csv,,,,,M' || fail "as of 2018"
expect_exit 3 ts import --series X "$TOP/tests/data/year_column_impch.csv" 2> /dev/null
