# Issue 15: import resolves countries through the lexicon, the table the
# parser reads. Names only the parser knew before (EEC, euro zone) and only
# import's old table knew (Holland, Burma) resolve, in options and columns;
# an unknown name is still exit 2 (option) or 3 with file:line (column),
# with the closest names of either kind.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
printf 'period,A\n2023-01,1\n2023-02,2\n' > a.csv
ts import --vintage 2024-01-01 --reporter EEC --partner 'Burma' a.csv 2> /dev/null || fail "EEC"
[ "$(count 'SELECT reporter || partner FROM series')" = EUMM ] || fail "options: $(count 'SELECT * FROM series')"
printf 'series,period,value,reporter,partner\nB,2023-01,1,Holland,euro zone\nC,2023-01,1,the United Kingdom of Great Britain and Northern Ireland,Emirates\n' > b.csv
ts import --vintage 2024-01-01 b.csv 2> /dev/null || fail "b.csv"
[ "$(count "SELECT group_concat(reporter || partner, ' ') FROM (SELECT * FROM series WHERE code IN ('B', 'C') ORDER BY code)")" = "NLEA GBAE" ] ||
	fail "columns: $(count 'SELECT * FROM series')"
# A parser word that is no name is refused, with names to choose from.
expect_exit 2 ts import --reporter Kremlin a.csv 2> err
grep -q "\-\-reporter: unknown country 'Kremlin'" err || fail "Kremlin: $(cat err)"
printf 'series,period,value,partner\nD,2023-01,1,Holand\n' > d.csv
expect_exit 3 ts import d.csv 2> err
grep -q "^d.csv:2:4: unknown country 'Holand' in column 'partner' (did you mean 'Holland'" err ||
	fail "column: $(cat err)"
[ "$(count "SELECT count(*) FROM series WHERE code = 'D'")" = 0 ] || fail "half-written"
