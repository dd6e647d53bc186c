# Issue 11, item 3: --complete on a series with no stored value (any first
# import) stores it; with --vintage-column it withdraws no period the file
# holds; a later --complete release withdraws what it lacks.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
printf 'period,A,B\n2023-10,1,4\n2023-11,2,5\n' > first.csv
ts import --complete --vintage 2024-01-10 first.csv 2> err || fail "first --complete import: $(cat err)"
grep -q "4 new" err || fail "$(cat err)"
printf 'series,period,value,reported_on\nC,2023-11,5,2024-02-01\nC,2023-10,4,2024-01-01\nC,2023-12,6,2024-03-01\n' > col.csv
ts import --complete --vintage-column reported_on col.csv 2> err || fail "--complete --vintage-column: $(cat err)"
grep -q "0 withdrawn" err || fail "withdrew periods the file holds: $(cat err)"
[ "$(count "SELECT count(*) FROM observation WHERE status = 'withdrawn'")" = 0 ] || fail "withdrawn rows"
printf 'period,A\n2023-11,2\n' > second.csv
ts import --complete --vintage 2024-02-10 second.csv 2> err
grep -q "1 withdrawn" err || fail "$(cat err)"
[ "$(ts export series --series A | tail -n +2 | cut -d, -f2)" = 2023-11 ] || fail "October not withdrawn"
[ "$(ts export series --series A --as-of 2024-02-09 | tail -n +2 | wc -l)" = 2 ] || fail "history lost"
