# Issue 11, item 14 and re-dating: document list and drop remove an ingested
# article, its claims and the findings on them; ingest --dates on a stored
# article whose date was unknown or differs re-dates it and resolves its
# claims' periods again, and says so.
. "$TOP/tests/cli/lib.sh"
A="$DATA/articles"
ts init > /dev/null
cp "$A/002_ff16850e60723b87.txt" a.txt
ts ingest a.txt 2> err
grep -q "dated unknown" err || fail "$(cat err)"
[ "$(count 'SELECT count(*) FROM claim WHERE period IS NOT NULL')" = 0 ] || fail "periods without a date"
printf 'file,published\na.txt,2023-09-19\n' > dates.csv
ts ingest --dates dates.csv a.txt 2> err
grep -q "a.txt: re-dated from unknown to 2023-09-19 (document 1)" err || fail "$(cat err)"
[ "$(count "SELECT published FROM document")" = 2023-09-19 ] || fail "date not stored"
[ "$(count "SELECT count(*) FROM claim WHERE period = '2023-08'")" -ge 1 ] || fail "periods not resolved"
ts ingest --date 2024-09-19 a.txt 2> err
grep -q "re-dated from 2023-09-19 to 2024-09-19" err || fail "$(cat err)"
[ "$(count "SELECT count(*) FROM claim WHERE period = '2024-08'")" -ge 1 ] || fail "periods not re-resolved"
ts ingest --date 2024-09-19 a.txt 2> err
grep -q "already stored" err || fail "same date again: $(cat err)"
ts ingest a.txt 2> err
grep -q "already stored" err || fail "no date given: $(cat err)"
# Drop: the article, its claims, the findings on them.
# The seeds' manifest dates 002 (a.txt's content) 2023-09-19: re-dated again.
ts ingest --dates "$A/dates.csv" "$A"/*.txt 2> err
grep -q "002_ff16850e60723b87.txt: re-dated from 2024-09-19 to 2023-09-19 (document 1)" err || fail "$(cat err)"
ts validate > /dev/null 2>&1 || true
ts document list > docs.csv
[ "$(tail -n +2 docs.csv | wc -l)" = 5 ] || fail "documents: $(cat docs.csv)"
c=$(count 'SELECT count(*) FROM claim WHERE document = 1')
ts document drop 1 2> err
grep -q "dropped document 1 (a.txt, dated 2023-09-19): $c claims" err || fail "$(cat err)"
[ "$(count 'SELECT count(*) FROM claim WHERE document = 1')" = 0 ] || fail "claims stayed"
[ "$(count 'SELECT count(*) FROM finding WHERE claim NOT IN (SELECT id FROM claim) OR other_claim NOT IN (SELECT id FROM claim)')" = 0 ] \
	|| fail "findings on dropped claims"
expect_exit 2 ts document drop 1 2> /dev/null
ts ingest --date 2024-09-19 a.txt 2> err
grep -q "claims, dated 2024-09-19 (document" err || fail "re-ingest after drop: $(cat err)"
