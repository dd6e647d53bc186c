#!/bin/sh
# Runs each cmocka test binary given as an argument and prints one line per
# binary with its count, the whole output of any binary that fails, and a
# total. Exits non-zero if any binary fails (a failed test or a crash).
set -u
total=0 passed=0 failed_bins=""
for bin in "$@"; do
	out=$("$bin" 2>&1)
	rc=$?
	n=$(printf '%s\n' "$out" | sed -n 's/^\[==========\] \([0-9]*\) test(s) run\..*/\1/p' | awk '{s+=$1} END {print s+0}')
	p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test(s)\..*/\1/p' | awk '{s+=$1} END {print s+0}')
	total=$((total + n))
	passed=$((passed + p))
	if [ "$rc" -eq 0 ]; then
		printf 'ok   %-14s %3d tests\n' "$(basename "$bin")" "$p"
	else
		failed_bins="$failed_bins $(basename "$bin")"
		printf 'FAIL %-14s (exit %d)\n' "$(basename "$bin")" "$rc"
		printf '%s\n' "$out" | sed 's/^/     | /'
	fi
done
echo "unit tests: $passed of $total passed in $# binaries${LABEL:+ ($LABEL)}"
if [ -n "$failed_bins" ]; then
	echo "unit tests FAILED in:$failed_bins" >&2
	exit 1
fi
[ "$total" -gt 0 ] || { echo "unit tests: none ran" >&2; exit 1; }
