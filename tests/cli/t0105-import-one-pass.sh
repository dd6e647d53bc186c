# Issue 14: import reads a release once when it can, checking and storing
# in the same pass (src/store/csvrows.c), and starts again with two passes
# at anything the one pass cannot decide as they would. What is stored and
# what is said is the same either way: a bad record after 100 good rows
# leaves nothing and is reported with its line and column; every bad record
# is reported, not just the first; a unit first given on a later row still
# describes the series; series are numbered in the order the file first names
# them, a missing value included; a second release date read late is stored
# as two vintages.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
awk 'BEGIN { print "series,period,value"
	for (i = 0; i < 100; i++) printf "S,%04d-%02d,%d\n", 2000 + int(i / 12), i % 12 + 1, i
	print "S,2009-01,x"; print "S,2009-02,7"; print "S,2009-03,y" }' > bad.csv
expect_exit 3 ts import --vintage 2024-01-01 bad.csv 2> err
grep -qx "bad.csv:102:3: bad number 'x' in column 'value'" err || fail "line 102: $(cat err)"
grep -qx "bad.csv:104:3: bad number 'y' in column 'value'" err || fail "line 104: $(cat err)"
grep -q 'bad.csv: nothing imported (2 bad records)' err || fail "count: $(cat err)"
[ "$(count 'SELECT count(*) FROM observation')" = 0 ] || fail "rows stored from a refused file"
[ "$(count 'SELECT count(*) FROM series')" = 0 ] || fail "a series stored from a refused file"
[ "$(count 'SELECT count(*) FROM vintage')" = 0 ] || fail "a vintage stored from a refused file"

# Metadata given late, a series first seen with a missing value.
printf 'series,period,value,unit,flow\nA,2000-01,.,,\nB,2000-01,5,USD,import\nA,2000-02,2,,\nA,2000-03,3,%%,\n' > late.csv
ts import --vintage 2024-01-01 late.csv 2> err || fail "late.csv: $(cat err)"
grep -q '^late.csv: 2 series, 1 vintage, 4 rows: 3 new, .*, 1 missing' err || fail "counts: $(cat err)"
[ "$(count "SELECT group_concat(code || ':' || coalesce(unit, '-') || ':' || coalesce(aggregation, '-'), ' ')
	    FROM (SELECT * FROM series ORDER BY id)")" = "A:%:mean B:USD:sum" ] ||
	fail "series: $(count 'SELECT id, code, unit, aggregation FROM series')"

# Two release dates, the second after 40 rows of the first.
awk 'BEGIN { print "series,period,value,vintage"
	for (i = 0; i < 40; i++) printf "V,%04d-%02d,%d,2020-01-01\n", 2000 + int(i / 12), i % 12 + 1, i
	print "V,2000-01,99,2020-02-01" }' > two.csv
ts import --vintage-column vintage two.csv 2> err || fail "two.csv: $(cat err)"
[ "$(count "SELECT group_concat(released, ' ') FROM (SELECT released FROM vintage
	    WHERE path LIKE '%two.csv' ORDER BY released)")" = "2020-01-01 2020-02-01" ] ||
	fail "vintages: $(count 'SELECT id, released, path FROM vintage')"
[ "$(count "SELECT o.status || ':' || o.value FROM observation o JOIN vintage v ON v.id = o.vintage
	    WHERE v.released = '2020-02-01'")" = "revised:99.0" ] ||
	fail "the later release: $(count 'SELECT * FROM observation')"
exit 0
