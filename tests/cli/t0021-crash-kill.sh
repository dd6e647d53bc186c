# Crash safety: `import` and `ingest` killed with SIGKILL at several points of
# a large run leave a sound database in which every file is stored whole or
# not at all, and a re-run ends with exactly what a clean run stores.
. "$TOP/tests/cli/lib.sh"
NF=30 NR=3000 NA=1600
mkdir rel art
# NF releases of NR rows, each with its own series, so a partial file shows.
awk -v nf=$NF -v nr=$NR 'BEGIN {
	for (f = 0; f < nf; f++) {
		out = sprintf("rel/r%02d.csv", f)
		print "series,period,value" > out
		for (i = 0; i < nr; i++)
			printf "F%02d.S%d,%d-%02d,%d.%d\n", f, i % 50, 1990 + int(i / 50 / 12), int(i / 50) % 12 + 1, i, f >> out
		close(out)
	}
	for (a = 0; a < '$NA'; a++) {
		out = sprintf("art/a%03d.txt", a)
		for (p = 0; p < 20; p++)
			printf "Article %d, paragraph %d. China'"'"'s imports from Russia rose %d%% from a year earlier to $%d.%d billion in August, and exports fell %d%% to %d million tons per year.\n\n", a, p, p + 1, a + 1, p, p + 2, a * 10 + p > out
		close(out)
	}
}'
IMPORT="import --vintage 2024-01-01 rel/*.csv"
INGEST="ingest --date 2023-09-19 art/*.txt"
import() { "$TRADESTAT" --db "$1" $IMPORT 2> /dev/null; }
ingest() { "$TRADESTAT" --db "$1" $INGEST 2> /dev/null; }
obs() { sqlite3 "$1" "SELECT s.code, o.period, o.value_text, v.path FROM observation o JOIN series s ON s.id = o.series JOIN vintage v ON v.id = o.vintage ORDER BY 1, 2"; }
claims() { sqlite3 "$1" "SELECT d.path, c.seq, c.start_off, c.text, c.value FROM claim c JOIN document d ON d.id = c.document ORDER BY 1, 2"; }

# The clean run.
"$TRADESTAT" --db clean.db init > /dev/null
import clean.db
ingest clean.db
obs clean.db > clean.obs
claims clean.db > clean.claims
[ "$(wc -l < clean.obs)" = $((NF * NR)) ] || fail "clean import: $(wc -l < clean.obs) observations"
[ "$(sqlite3 clean.db 'SELECT count(*) FROM document')" = $NA ] || fail "clean ingest"

# sound DB: integrity, and every file whole or absent.
sound() {
	[ "$(sqlite3 k.db 'PRAGMA integrity_check')" = ok ] || fail "integrity after kill at $1"
	[ "$(sqlite3 k.db 'PRAGMA foreign_key_check' | wc -l)" = 0 ] || fail "foreign keys after kill at $1"
	bad=$(sqlite3 k.db "SELECT v.path FROM vintage v LEFT JOIN observation o ON o.vintage = v.id GROUP BY v.id HAVING count(o.id) <> $NR")
	[ -z "$bad" ] || fail "partly stored after kill at $1: $bad"
	[ "$(sqlite3 k.db 'SELECT count(*) FROM series WHERE id NOT IN (SELECT series FROM observation)')" = 0 ] \
		|| fail "a series without observations after kill at $1"
	sqlite3 k.db 'SELECT d.path, count(c.id) FROM document d LEFT JOIN claim c ON c.document = d.id GROUP BY d.id ORDER BY 1' > k.docs
	sqlite3 clean.db 'SELECT path, (SELECT count(*) FROM claim WHERE document = d.id) FROM document d ORDER BY 1' |
		grep -F -x -f k.docs | cmp -s - k.docs || fail "a document with a partial set of claims after kill at $1"
}

# kill_after ARGS TABLE N...: runs tradestat ARGS on k.db and SIGKILLs it as
# soon as TABLE has N rows (so mid-run, storing the next file; ingest commits
# a batch of up to 1024 articles, so a kill there loses the open batch), for each N;
# checks the database after each kill. exec: $! is tradestat itself.
kill_after() {
	cmd=$1 table=$2; shift 2
	for n in "$@"; do
		(exec "$TRADESTAT" --db k.db $cmd 2> /dev/null) & pid=$!
		while [ "$(sqlite3 -cmd '.timeout 5000' k.db "SELECT count(*) FROM $table")" -lt "$n" ] &&
		      kill -0 $pid 2> /dev/null; do
			sleep 0.01
		done
		if kill -9 $pid 2> /dev/null; then landed=$((landed + 1)); eval "landed_${cmd%% *}=\$((landed_${cmd%% *} + 1))"; fi
		wait $pid 2> /dev/null || true
		sound "${cmd%% *} after $n"
	done
}
"$TRADESTAT" --db k.db init > /dev/null
landed=0 landed_import=0 landed_ingest=0
kill_after "$IMPORT" vintage 2 8 15 22
kill_after "$INGEST" document 10 250 500 700
# A kill that comes after the run ended tests nothing: batches commit in
# jumps (1024 articles, or half a second of files), and on a loaded machine
# the poll may see a late threshold only once the run is over. At least two
# of each command's four must land mid-run, or the test proves too little.
[ $landed_import -ge 2 ] && [ $landed_ingest -ge 2 ] ||
	fail "only $landed_import import and $landed_ingest ingest kills of 4 each landed while tradestat ran"
stored=$(sqlite3 k.db 'SELECT count(*) FROM vintage'):$(sqlite3 k.db 'SELECT count(*) FROM document')
# The re-run stores what is missing, and ends where the clean run ended.
import k.db || fail "import re-run"
ingest k.db || fail "ingest re-run"
sound "the end"
obs k.db | cmp -s - clean.obs || fail "observations differ from the clean run (after kills with $stored stored)"
claims k.db | cmp -s - clean.claims || fail "claims differ from the clean run"
echo "killed $landed times; $stored releases:articles were stored before the re-run"
