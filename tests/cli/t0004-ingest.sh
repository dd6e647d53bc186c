# ingest: one transaction per article, the same content stored once, dates resolved.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
A="$DATA/articles"
ts ingest --dates "$A/dates.csv" "$A"/*.txt 2> err
[ "$(count 'SELECT count(*) FROM document')" = 5 ] || fail "documents"
n=$(count 'SELECT count(*) FROM claim')
[ "$n" -ge 20 ] || fail "only $n claims"
[ "$(count "SELECT published FROM document WHERE path LIKE '%004_%'")" = 2023-09-19 ] || fail "date from manifest"
# The same bytes under another name are skipped.
cp "$A/000_adc059eea9562a75.txt" copy.txt
ts ingest copy.txt 2> err
grep -q 'already stored as document 1' err || fail "duplicate not skipped: $(cat err)"
[ "$(count 'SELECT count(*) FROM claim')" = "$n" ] || fail "duplicate added claims"
# Every claim's text is the document's bytes at its offsets.
[ "$(count 'SELECT count(*) FROM claim c JOIN document d ON d.id = c.document WHERE CAST(substr(d.body, c.start_off + 1, c.end_off - c.start_off) AS TEXT) <> c.text')" = 0 ] \
	|| fail "claim text differs from the document bytes at its offsets"
# The paired conversion is linked both ways.
[ "$(count "SELECT p.text FROM claim c JOIN claim p ON p.id = c.pair WHERE c.text = '5 billion yuan'")" = '$685 million' ] \
	|| fail "pair"
# A missing file is bad input; the others are still stored.
printf 'Exports rose 5%% to $2 billion in May.\n' > new.txt
expect_exit 3 ts ingest --date 2024-06-10 nope.txt new.txt
[ "$(count 'SELECT count(*) FROM document')" = 6 ] || fail "the good file after a bad one was not stored"
