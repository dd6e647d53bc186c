# Concurrency: four imports and two ingests started at once on one new
# database (overlapping cron jobs) all succeed; exports and validate running
# meanwhile see whole files or none of a file (a consistent snapshot).
. "$TOP/tests/cli/lib.sh"
NR=4000
mkdir rel art
awk -v nr=$NR 'BEGIN {
	for (f = 0; f < 4; f++) {
		out = sprintf("rel/r%d.csv", f)
		print "series,period,value" > out
		for (i = 0; i < nr; i++)
			printf "F%d.S%d,%d-%02d,%d\n", f, i % 2, 1800 + int(i / 2 / 12), int(i / 2) % 12 + 1, i >> out
		close(out)
	}
	for (a = 0; a < 40; a++) {
		out = sprintf("art/a%02d.txt", a)
		printf "Article %d. Exports rose %d%% to $%d billion in August.\n", a, a + 1, a + 2 > out
		close(out)
	}
}'
# Three inits at once create the database once (only init creates one),
# then six writers at once wait for the lock (BEGIN IMMEDIATE, busy timeout).
pids=""
for i in 1 2 3; do "$TRADESTAT" --db c.db init > /dev/null 2> init$i.err & pids="$pids $!"; done
for p in $pids; do wait $p || fail "concurrent init: $(cat init*.err)"; done
pids=""
for f in 0 1 2 3; do
	"$TRADESTAT" --db c.db import --vintage 2024-01-01 rel/r$f.csv 2> imp$f.err & pids="$pids $!"
done
"$TRADESTAT" --db c.db ingest --date 2023-09-19 art/a0*.txt art/a1*.txt 2> ing0.err & pids="$pids $!"
"$TRADESTAT" --db c.db ingest --date 2023-09-19 art/a2*.txt art/a3*.txt 2> ing1.err & pids="$pids $!"
# Readers meanwhile: each export is one snapshot, so a release is in it
# whole (NR values) or not at all; a report's files all come from one
# snapshot; validate waits its turn to write findings.
sleep 0.05
"$TRADESTAT" --db c.db report -o bundle 2> rep.err & rep=$!
n=0 seen=""
while [ $n -lt 15 ]; do
	if "$TRADESTAT" --db c.db export series -o s$n.csv 2> exp$n.err; then
		seen="$seen $(grep -o '^F[0-3]\.' s$n.csv | sort -u | wc -l)"
		for f in 0 1 2 3; do
			k=$(grep -c "^F$f\." s$n.csv || true)
			[ "$k" = 0 ] || [ "$k" = $NR ] || fail "export $n saw $k of the $NR values of r$f.csv"
		done
	else
		# Before the first writer has created the schema, there is nothing to read.
		grep -q "no database\|not a tradestat database" exp$n.err || fail "export $n: $(cat exp$n.err)"
	fi
	n=$((n + 1))
done
"$TRADESTAT" --db c.db validate > /dev/null 2> val.err || [ $? = 1 ] || fail "validate during imports: $(cat val.err)"
if wait $rep; then
	long=$(grep -o '^F[0-3]\.S[01]' bundle/series.csv | sort -u | wc -l)
	wide=$(head -1 bundle/series_wide.csv | tr ',' '\n' | grep -c '^F' || true)
	[ "$long" = "$wide" ] || fail "report: $long series in series.csv, $wide in series_wide.csv"
	for f in 0 1 2 3; do
		k=$(grep -c "^F$f\." bundle/series.csv || true)
		[ "$k" = 0 ] || [ "$k" = $NR ] || fail "report saw $k of the $NR values of r$f.csv"
	done
else
	grep -q "no database\|not a tradestat database" rep.err || fail "report: $(cat rep.err)"
fi
for p in $pids; do
	wait $p || fail "a concurrent writer failed: $(cat imp*.err ing*.err)"
done
! grep -qi "locked\|busy" imp*.err ing*.err exp*.err val.err || fail "'database is locked': $(grep -il locked ./*.err)"
[ "$(sqlite3 c.db 'SELECT count(*) FROM observation')" = $((4 * NR)) ] || fail "observations"
[ "$(sqlite3 c.db 'SELECT count(*) FROM vintage')" = 4 ] || fail "vintages"
[ "$(sqlite3 c.db 'SELECT count(*) FROM document')" = 40 ] || fail "documents"
[ "$(sqlite3 c.db 'PRAGMA integrity_check')" = ok ] || fail "integrity"
echo "releases seen whole by the exports run meanwhile:$seen"
