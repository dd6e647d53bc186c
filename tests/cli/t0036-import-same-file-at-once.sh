# Issue 11, item 9: the same file imported twice at once: both exit 0, one
# imports it, the other says it is already imported.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
python3 -c '
print("series,period,value")
for i in range(30000): print(f"S{i % 50},{1000 + i // 50}-01,{i}")' > big.csv
for round in 1 2 3; do
	rm -f t.db*; ts init > /dev/null
	ts import --vintage 2024-01-01 big.csv 2> a.err & a=$!
	ts import --vintage 2024-01-01 big.csv 2> b.err & b=$!
	wait $a || fail "first run: $(cat a.err)"
	wait $b || fail "second run: $(cat b.err)"
	[ "$(cat a.err b.err | grep -c 'already imported')" = 1 ] || fail "round $round: $(cat a.err b.err)"
	[ "$(count 'SELECT count(*) FROM vintage')" = 1 ] || fail "two vintages"
	[ "$(count 'SELECT count(*) FROM observation')" = 30000 ] || fail "rows"
done
