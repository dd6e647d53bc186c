# Issue 11, item 14: report says when the findings are older than the newest
# import or ingest (validate has not run since); not when they are current.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
ts ingest --dates "$DATA/articles/dates.csv" "$DATA"/articles/*.txt 2> /dev/null
ts validate > /dev/null 2>&1 || true
ts report -o r1 2> err
grep -q "older than the newest" err && fail "current findings called stale: $(cat err)"
sleep 1.1	# the tables' timestamps are to the second
printf 'period,X\n2024-01,1\n' > x.csv
ts import --vintage 2024-02-01 x.csv 2> /dev/null
ts report -o r2 2> err
grep -q "warning: the findings (.*) are older than the newest import or ingest (.*): run 'tradestat validate' first" err \
	|| fail "stale findings not said: $(cat err)"
ts validate > /dev/null 2>&1 || true
ts report -o r3 2> err
grep -q "older than the newest" err && fail "after validate: $(cat err)"
true
