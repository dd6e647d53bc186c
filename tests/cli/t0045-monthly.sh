# data/monthly.sh: the month's run on the demo inputs, twice (the second
# changes nothing and says so); the report is always written; the highest
# exit status wins; a month with nothing wrong prints only its summary line.
. "$TOP/tests/cli/lib.sh"
monthly() { TRADESTAT="$TRADESTAT" "$TOP/data/monthly.sh" "$@"; }
# Timestamps (vintage.imported, document.ingested) are the only thing allowed to differ.
dump() { sqlite3 "$1" .dump | sed 's/[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]T[0-9:]*Z/TIME/g'; }

# Only init creates the database: without it the run fails loudly, creating nothing.
expect_exit 4 monthly --db m.db --report rep --releases "$DATA/series" 2> err0
grep -q "no database 'm.db'" err0 && [ ! -e m.db ] && [ ! -e rep ] || fail "missing database: $(cat err0)"
"$TRADESTAT" --db m.db init > /dev/null
# First month: every release and article is new; the demo's 2 errors reach --fail-on error.
expect_exit 1 monthly --db m.db --report rep --releases "$DATA/series" --articles "$DATA/articles" \
	--fail-on error 2> err1
[ "$(wc -l < err1)" = 1 ] || fail "more than the summary line: $(cat err1)"
grep -q '^monthly: 14 new releases (2495 values), 5 new articles (26 claims); findings: 6 errors, 2 warnings, 76 info; report rep: 7 CSV files, 8 charts; findings at --fail-on error (exit 1)$' err1 \
	|| fail "first summary: $(cat err1)"
[ -s rep/index.html ] && [ -s rep/IMPCH-revisions.svg ] || fail "the report was not written"
# The same database as the demo's imports and ingest.
[ "$(sqlite3 m.db 'SELECT count(*) FROM vintage')" = 14 ] || fail "vintages"
[ "$(sqlite3 m.db 'SELECT count(*) FROM observation')" = 2495 ] || fail "observations"
dump m.db > dump1

# Second run: nothing new, and the database is the same apart from timestamps.
expect_exit 1 monthly --db m.db --report rep --releases "$DATA/series" --articles "$DATA/articles" \
	--fail-on error 2> err2
grep -q '^monthly: nothing new: 9 release files and 5 articles read, database unchanged; findings: 6 errors, 2 warnings, 76 info' err2 \
	|| fail "second summary: $(cat err2)"
[ "$(wc -l < err2)" = 1 ] || fail "second run printed more: $(cat err2)"
dump m.db > dump2
cmp -s dump1 dump2 || fail "the second run changed the database: $(diff dump1 dump2 | head)"

# Nothing wrong (no --fail-on, no new article: an empty folder is fine): one line, exit 0.
mkdir empty
monthly --db m.db --report rep --releases "$DATA/series" --articles empty 2> err3 || fail "exit $?: $(cat err3)"
[ "$(wc -l < err3)" = 1 ] && grep -q 'nothing new: 9 release files and 0 articles read' err3 \
	|| fail "quiet month: $(cat err3)"

# A bad article (3) and findings (1): exit 3, the report written all the same, the
# message names the file.
printf 'Exports were \000 $5 billion.\n' > empty/bad.txt
rm -rf rep
expect_exit 3 monthly --db m.db --report rep --articles empty --fail-on error 2> err4
[ -s rep/index.html ] || fail "no report after a bad article"
grep -q 'bad.txt' err4 || fail "the bad article is not named: $(cat err4)"
tail -1 err4 | grep -q 'FAILED: ingest; findings at --fail-on error (exit 3)$' || fail "summary: $(tail -1 err4)"

# A step failing with 4 (a wrapper makes report fail so) beats 3 and 1.
cat > ts4 <<EOF
#!/bin/sh
[ "\$3" = report ] && { echo "report: cannot write (simulated)" >&2; exit 4; }
exec "$TRADESTAT" "\$@"
EOF
chmod +x ts4
set +e
TRADESTAT=./ts4 "$TOP/data/monthly.sh" --db m.db --report rep --articles empty --fail-on error 2> err5
got=$?
set -e
[ "$got" = 4 ] || fail "4 over 3 over 1: exit $got ($(cat err5))"
grep -q 'simulated' err5 || fail "the failing step's message is not shown"

# Usage: --db and --report are required; a bad --fail-on.
expect_exit 2 monthly --report rep
expect_exit 2 monthly --db m.db --report rep --fail-on info
