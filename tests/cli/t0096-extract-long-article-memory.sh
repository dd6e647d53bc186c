# extract writes a long article's claims part by part (parse_doc_part) and
# reads it into a buffer of its size: between a 4 MiB and a 12 MiB article
# its peak memory grows by the text and less than half a byte per byte more
# (holding every claim, it grew by about 2 bytes per byte beyond the text:
# 216-byte claims, one per ~200 bytes of Reuters text, in an array grown by
# doubling). The output is the same bytes as before, with threads too.
. "$TOP/tests/cli/lib.sh"
# A freed block sits in ASan's quarantine before it is reused (t0023).
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0"
big_article 4 12
for fmt in csv jsonl; do
	set -- $(peak extract --format $fmt --date 1987-03-01 big4.txt)
	[ "$1" = 0 ] || fail "extract --format $fmt of a 4 MiB article: exit $1"
	rss1=$2
	set -- $(peak extract --format $fmt --date 1987-03-01 big12.txt)
	[ "$1" = 0 ] || fail "extract --format $fmt of a 12 MiB article: exit $1"
	rss2=$2
	mv out.txt big12.$fmt
	echo "extract --format $fmt peak RSS: $rss1 KiB for 4 MiB, $rss2 KiB for 12 MiB"
	[ $((rss2 - rss1)) -lt $((8 * 1024 * 3 / 2)) ] \
		|| fail "extract --format $fmt grows by 1.5 bytes per byte or more: $rss1 -> $rss2 KiB"
done
# Parts join where the article was cut: the claims are those of the parsed
# article (ingest stores parse_doc's, whole), their offsets row for row.
"$TRADESTAT" --db t.db init > /dev/null
"$TRADESTAT" --db t.db ingest --date 1987-03-01 big12.txt 2> /dev/null
python3 -c 'import csv, sys
for r in csv.DictReader(open(sys.argv[1], newline="")): print(r["start"], r["end"], r["kind"])' \
	big12.csv > extracted.txt
sqlite3 t.db "SELECT start_off, end_off, kind FROM claim ORDER BY seq" | tr '|' ' ' > stored.txt
[ "$(wc -l < extracted.txt)" -gt 50000 ] || fail "only $(wc -l < extracted.txt) claims"
cmp -s extracted.txt stored.txt || fail "extract and ingest differ on a long article"
# The same bytes with threads, each file's output formatted on its thread.
"$TRADESTAT" extract --date 1987-03-01 big4.txt > big4.csv
"$TRADESTAT" extract --jobs 2 --date 1987-03-01 big12.txt big4.txt > j2.csv
{ cat big12.csv; tail -n +2 big4.csv; } | cmp -s - j2.csv || fail "--jobs 2 differs"
"$TRADESTAT" extract --format jsonl --jobs 2 --date 1987-03-01 big12.txt | cmp -s - big12.jsonl \
	|| fail "--jobs 2 jsonl differs"
