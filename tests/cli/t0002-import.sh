# import: each file a vintage, revisions kept, re-import a no-op, bad files refused whole.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
S="$DATA/series"
ts import --vintage 2017-03-03 "$S/impch_us_imports_from_china_snapshot_2017-03-03.csv"
ts import --vintage 2019-05-10 "$S/impch_us_imports_from_china_snapshot_2019-05-10.csv"
ts import --vintage 2019-05-10 "$S/impch_us_imports_from_china_snapshot_2019-05-10.csv" 2> err
grep -q "already imported" err || fail "re-import not reported: $(cat err)"
[ "$(count 'SELECT count(*) FROM vintage')" = 2 ] || fail "vintages"
[ "$(count 'SELECT count(*) FROM observation')" = $((121 + 411)) ] || fail "observations"
# 2016-02 was revised: both values are kept, the latest is the 2019 one.
[ "$(count "SELECT group_concat(value, ' ') FROM (SELECT o.value FROM observation o JOIN vintage v ON v.id = o.vintage WHERE o.period = '2016-02' ORDER BY v.released)")" = "36160.8 36081.829315" ] \
	|| fail "revision history of 2016-02"
ts export series --series IMPCH > s.csv
grep -q '^IMPCH,2016-02,36081.829315,,2019-05-10,' s.csv || fail "latest 2016-02: $(grep 2016-02 s.csv)"
# Per-row release dates: the China-Russia figures, one vintage per reported_on date.
ts import --vintage-column reported_on "$S/cn_imports_from_ru_as_reported.csv"
[ "$(count "SELECT count(*) FROM vintage WHERE path LIKE '%cn_imports%'")" = 6 ] || fail "per-row vintages"
# A bad file: every bad record named with its line, nothing stored, exit 3.
before=$(count 'SELECT count(*) FROM observation')
printf 'series,period,value\nA,2023-01,1\nA,2023-13,2\nA,2023-03,1,5\nA,2023-04,n/a\n' > bad.csv
expect_exit 3 ts import bad.csv 2> err
grep -q '^bad.csv:3:2: unknown period' err || fail "line 3 not named: $(cat err)"
grep -q '^bad.csv:4: expected 3 fields' err || fail "line 4 not named: $(cat err)"
grep -q "^bad.csv:5:3: bad number 'n/a' in column 'value'" err || fail "line 5 not named: $(cat err)"
[ "$(count 'SELECT count(*) FROM observation')" = "$before" ] || fail "a bad file stored rows"
[ "$(count "SELECT count(*) FROM series WHERE code = 'A'")" = 0 ] || fail "a bad file stored a series"
expect_exit 3 ts import does-not-exist.csv
expect_exit 3 ts import "$S"
