# Resource bounds: peak memory of `import` is flat in the size of the release
# (it is streamed, never read whole), and of `ingest` in the number of
# articles; one article over ARTICLE_MAX is refused (t0020).
. "$TOP/tests/cli/lib.sh"
# A freed block sits in ASan's quarantine (up to 256 MB) before it is reused,
# which would count as growth: the ASan build runs this test without one.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0"
N=100000
for n in $N $((2 * N)); do
	awk -v nr=$n 'BEGIN { print "series,period,value,unit,title"
		for (i = 0; i < nr; i++)
			printf "S%d,%d-%02d,%d.%d,USD,a title for the series number %d\n", i % 50,
				1000 + int(i / 50 / 12), int(i / 50) % 12 + 1, i, i % 7, i % 50 }' > r$n.csv
done
for a in $(seq 1 2200); do
	printf 'Article %d. Exports rose %d%% to $%d billion in August.\n' $a $a $a > a$a.txt
done
for d in n 2n a b; do "$TRADESTAT" --db $d.db init > /dev/null; done
set -- $(peak --db n.db import --vintage 2024-01-01 r$N.csv)
[ "$1" = 0 ] || fail "import of $N rows: exit $1"
rss1=$2
set -- $(peak --db 2n.db import --vintage 2024-01-01 r$((2 * N)).csv)
[ "$1" = 0 ] || fail "import of $((2 * N)) rows: exit $1"
rss2=$2
[ "$(sqlite3 2n.db 'SELECT count(*) FROM observation')" = $((2 * N)) ] || fail "2N rows not stored"
extra=$(($(wc -c < r$((2 * N)).csv) / 1024 - $(wc -c < r$N.csv) / 1024))
echo "import peak RSS: $rss1 KiB for $N rows, $rss2 KiB for $((2 * N)) rows ($extra KiB more input)"
[ $((rss2 - rss1)) -lt 2048 ] || fail "import memory grows with the input: $rss1 -> $rss2 KiB"
# ingest holds a batch of up to 1024 parsed articles before writing them:
# flat means flat past a batch, so 1100 articles against 2200. SQLite's page
# cache (fixed at 16 MiB by store_bulk) holds these whole databases, so it
# grows by the larger database's extra pages (0.6 MiB here; about twice that
# under ASan, whose allocations carry redzones): that is allowed, twice over,
# and 1 MiB beyond it: memory kept per article, 1.5 KiB or more each, fails it.
set -- $(peak --db a.db ingest --date 2023-09-19 $(seq -f a%g.txt 1 1100))
rss1=$2
set -- $(peak --db b.db ingest --date 2023-09-19 $(seq -f a%g.txt 1 2200))
rss2=$2
cache=$((($(wc -c < b.db) - $(wc -c < a.db)) / 1024))
echo "ingest peak RSS: $rss1 KiB for 1100 articles, $rss2 KiB for 2200 (database $cache KiB larger)"
[ $((rss2 - rss1)) -lt $((1024 + 2 * cache)) ] ||
	fail "ingest memory grows with the articles beyond the page cache: $rss1 -> $rss2 KiB"
# One long article is parsed a window at a time: peak memory grows by at most
# the text itself and 2 bytes per byte of it (the claims) between a 4 MB and
# an 8 MB article (Reuters stories over and over; whole, it took ~15 per byte).
big_article 4 8
set -- $(peak extract --date 1987-03-01 big4.txt)
[ "$1" = 0 ] || fail "extract of a 4 MB article: exit $1"
rss1=$2
set -- $(peak extract --date 1987-03-01 big8.txt)
[ "$1" = 0 ] || fail "extract of an 8 MB article: exit $1"
rss2=$2
echo "extract peak RSS: $rss1 KiB for a 4 MiB article, $rss2 KiB for 8 MiB"
[ $((rss2 - rss1)) -lt $((3 * 4096)) ] || fail "extract memory grows by more than 3 bytes per byte: $rss1 -> $rss2 KiB"
