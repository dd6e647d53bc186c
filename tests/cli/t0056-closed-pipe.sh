# Issue 11, item 13: `export | head -1` printed an error and exited 4. A
# closed pipe is not an error: the reader has what it wanted; the command
# ends quietly with its own status. A full device still is an error.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
ts import --vintage-column reported_on "$DATA/series/cn_imports_from_ru_as_reported.csv" 2>/dev/null
ts ingest --dates "$DATA/articles/dates.csv" "$DATA"/articles/*.txt 2>/dev/null
ts validate > /dev/null 2>&1
awk 'BEGIN { print "series,period,value"; for (i = 0; i < 20000; i++) printf "S%d,2023,%d\n", i, i }' > many.csv
ts import --vintage 2024-01-01 many.csv 2> /dev/null
# Each command with more output than a pipe holds, read by head -1.
piped() {
	{ set +e; "$@" 2> err; echo $? > rc; } | head -1 > first
	[ "$(cat rc)" = 0 ] || fail "'$*' into a closed pipe: exit $(cat rc)"
	! grep -q '^tradestat' err || fail "'$*' into a closed pipe said: $(cat err)"
	[ -s first ] || fail "'$*': head read nothing"
}
piped ts export series
piped ts export series --layout wide
piped ts export claims
piped ts export findings
piped "$TRADESTAT" extract "$DATA"/articles/*.txt "$DATA"/articles/*.txt "$DATA"/articles/*.txt
piped ts validate --format csv
piped ts export series -o -
# Not a pipe: a full device is an I/O error, said once.
set +e; ts export series > /dev/full 2> err; rc=$?; set -e
[ "$rc" = 4 ] || fail "export to /dev/full: exit $rc"
[ "$(grep -c 'cannot write' err)" = 1 ] || fail "/dev/full messages: $(cat err)"
set +e; ts validate --format csv > /dev/full 2> err; rc=$?; set -e
[ "$rc" = 4 ] || fail "validate to /dev/full: exit $rc"
grep -q 'cannot write standard output' err || fail "validate /dev/full message: $(cat err)"
