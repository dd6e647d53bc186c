# Issue 14: an import stores its values 32 rows to a statement
# (src/store/obsrows.c). A duplicate period inside a full batch, in a later
# one and in the rows left at the end is each reported with its own line,
# and nothing of the file is stored; without them, every row is stored in
# file order (row ids as one INSERT each gave) and a second vintage of the
# same rows is judged row by row against the first.
. "$TOP/tests/cli/lib.sh"
awk 'BEGIN {
	print "series,period,value"
	for (i = 0; i < 100; i++) {
		m = i % 50
		printf "S%d,%04d-%02d,%d.5\n", int(i / 50), 2000 + int(m / 12), m % 12 + 1, 100 + i
		if (i == 38) print "S0,2000-03,7"	# line 41, in the second batch of 32
		if (i == 77) print "S1,2001-01,8"	# line 81, in the third
	}
	print "S1,2003-01,9"			# line 104, in the rows left at the end
}' > dup.csv
ts init > /dev/null
expect_exit 3 ts import --vintage 2024-01-01 dup.csv 2> err
grep -qx "dup.csv:41: duplicate period '2000-03' for series 'S0'" err || fail "line 41: $(cat err)"
grep -qx "dup.csv:81: duplicate period '2001-01' for series 'S1'" err || fail "line 81: $(cat err)"
grep -qx "dup.csv:104: duplicate period '2003-01' for series 'S1'" err || fail "line 104: $(cat err)"
grep -q 'nothing imported (3 bad records)' err || fail "count: $(cat err)"
[ "$(count 'SELECT count(*) FROM observation')" = 0 ] || fail "rows stored from a refused file"
# The same file without the duplicates: 100 rows in file order.
grep -v -e '^S0,2000-03,7$' -e '^S1,2001-01,8$' -e '^S1,2003-01,9$' dup.csv > ok.csv
ts import --vintage 2024-01-01 ok.csv 2> err || fail "ok.csv: $(cat err)"
grep -q '100 rows: 100 new' err || fail "counts: $(cat err)"
[ "$(count "SELECT group_concat(value_text, ' ') FROM (SELECT value_text FROM observation ORDER BY id)")" = \
  "$(tail -n +2 ok.csv | cut -d, -f3 | tr '\n' ' ' | sed 's/ $//')" ] || fail "rows not in file order"
# A second release of them: 99 repeats, one revision (S1's last row).
sed 's/^S1,2004-02,199.5$/S1,2004-02,250.5/' ok.csv > ok2.csv
ts import --vintage 2024-02-01 ok2.csv 2> err || fail "ok2.csv: $(cat err)"
grep -q '100 rows: 0 new, 1 revised, 0 restated, 99 unchanged' err || fail "second release: $(cat err)"
