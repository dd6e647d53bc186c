#!/bin/sh
# Runs every tests/cli/tNNNN-*.sh with $TRADESTAT set, each in a fresh
# temporary directory (its working directory), and counts what passed.
# A test script exits 0 for success; it prints why when it fails.
set -u
: "${TRADESTAT:?set TRADESTAT to the binary under test}"
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
pass=0 fail=0 failed=""
for t in "$here"/t[0-9]*.sh; do
	name=$(basename "$t" .sh)
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/tradestat-$name.XXXXXX")
	if (cd "$tmp" && TOP="$top" DATA="$top/data" TRADESTAT="$TRADESTAT" \
	    TRADESTAT_DB= sh -eu "$t") >"$tmp.log" 2>&1; then
		pass=$((pass + 1))
		echo "ok   $name"
		rm -rf "$tmp" "$tmp.log"
	else
		fail=$((fail + 1))
		failed="$failed $name"
		echo "FAIL $name (kept $tmp)"
		sed 's/^/     | /' "$tmp.log" | tail -30
	fi
done
echo "end-to-end tests: $pass of $((pass + fail)) passed${LABEL:+ ($LABEL)}"
[ "$fail" -eq 0 ] || { echo "end-to-end tests FAILED:$failed" >&2; exit 1; }
