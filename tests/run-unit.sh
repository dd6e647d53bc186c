#!/bin/sh
# Runs each cmocka test binary given as an argument, shows its output, and
# prints one line with the number of tests run and passed across all of them.
# Exits non-zero if any binary fails (a failed test or a crash).
set -u
total=0 passed=0 failed_bins=""
for bin in "$@"; do
	out=$("$bin" 2>&1)
	rc=$?
	printf '%s\n' "$out"
	n=$(printf '%s\n' "$out" | sed -n 's/^\[==========\] \([0-9]*\) test(s) run\..*/\1/p' | awk '{s+=$1} END {print s+0}')
	p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test(s)\..*/\1/p' | awk '{s+=$1} END {print s+0}')
	total=$((total + n))
	passed=$((passed + p))
	[ "$rc" -eq 0 ] || failed_bins="$failed_bins $(basename "$bin")"
done
echo "unit tests: $passed of $total passed in $# binaries"
if [ -n "$failed_bins" ]; then
	echo "unit tests FAILED in:$failed_bins" >&2
	exit 1
fi
[ "$total" -gt 0 ] || { echo "unit tests: none ran" >&2; exit 1; }
