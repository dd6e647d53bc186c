# Issue 14: import writes its files in batches, one transaction each, every
# file in its own savepoint: a file that fails while being stored leaves
# nothing, the files before and after it in the same batch are stored and
# said so (after the commit), and the same file twice is stored once.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
printf 'series,period,value\nA,2023-01,1\n' > a.csv
printf 'series,period,value\nB,2023-01,1\nB,2023-01,2\n' > b.csv
printf 'series,period,value\nC,2023-01,3\n' > c.csv
expect_exit 3 ts import --vintage 2024-01-01 a.csv b.csv c.csv a.csv 2> err
[ "$(count 'SELECT group_concat(code) FROM (SELECT code FROM series ORDER BY code)')" = A,C ] ||
	fail "series: $(count 'SELECT code FROM series')"
[ "$(count 'SELECT count(*) FROM vintage')" = 2 ] || fail "vintages: $(count 'SELECT count(*) FROM vintage')"
grep -q "^b.csv:3: duplicate period '2023-01' for series 'B'" err || fail "b: $(cat err)"
grep -q "^a.csv: 1 series, 1 vintage, 1 rows: 1 new" err || fail "a: $(cat err)"
grep -q "^c.csv: 1 series, 1 vintage, 1 rows: 1 new" err || fail "c: $(cat err)"
[ "$(grep -c '^a.csv: already imported' err)" = 1 ] || fail "a twice: $(cat err)"
# A re-run skips what landed and stores what did not.
sed -i '3d' b.csv
ts import --vintage 2024-01-01 a.csv b.csv c.csv 2> err || fail "re-run: $(cat err)"
[ "$(grep -c 'already imported' err)" = 2 ] || fail "re-run skips: $(cat err)"
[ "$(count 'SELECT count(*) FROM series')" = 3 ] || fail "B after the re-run"
