# Issue 11, item 13 (recorder part): hex numbers refused (strtod reads them);
# a quoted field over many lines is bounded by the 4 MiB record limit; a
# write past `ulimit -f` (SIGXFSZ) is a message and exit 4, nothing stored.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
printf 'series,period,value\nA,2023-01,0x10\nA,2023-02,0x1p3\nA,2023-03,0X1A\n' > hex.csv
expect_exit 3 ts import --vintage 2024-01-01 hex.csv 2> err
grep -q "hex.csv:2:3: bad number '0x10' in column 'value'" err || fail "$(cat err)"
grep -q "hex.csv:3:3: bad number '0x1p3'" err && grep -q "hex.csv:4:3: bad number '0X1A'" err || fail "$(cat err)"
python3 -c '
import sys
sys.stdout.write("series,period,value\nA,2023-01,\"" + ("x" * 99 + "\n") * 300000 + "\"\n")' > ml.csv
# peak CMD...: "exit-status peak-RSS-in-KiB" of one run. Under ASan, freed
# blocks are quarantined (libcsv grows its buffer 64 KiB at a time): off here.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0"
peak() {
	python3 -c 'import resource, subprocess, sys
r = subprocess.run(sys.argv[1:], stderr=open("peak.err", "w"))
print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$@"
}
printf 'series,period,value\nA,2023-01,1\n' > small.csv
"$TRADESTAT" --db s.db init > /dev/null
set -- $(peak "$TRADESTAT" --db s.db import --vintage 2024-01-01 small.csv)
base=$2
set -- $(peak "$TRADESTAT" --db t.db import --vintage 2024-01-01 ml.csv)
[ "$1" = 3 ] || fail "multi-line field: exit $1"
grep -q "ml.csv:2: record longer than 4194304 bytes" peak.err || fail "$(cat peak.err)"
# Bounded: a few MiB over a small import, not the 30 MB field held whole.
[ $(($2 - base)) -lt 16384 ] || fail "multi-line field: peak RSS $2 KiB against $base KiB"
python3 -c '
print("series,period,value")
for i in range(60000): print(f"S{i % 60},{1000 + i // 60}-01,{i}")' > many.csv
"$TRADESTAT" --db f.db init > /dev/null
set +e
(ulimit -f 300; exec "$TRADESTAT" --db f.db import --vintage 2024-01-01 many.csv) 2> err
rc=$?
set -e
[ $rc = 4 ] || fail "past ulimit -f: exit $rc: $(cat err)"
grep -q "File too large" err || fail "$(cat err)"
[ "$(sqlite3 f.db 'SELECT count(*) FROM observation')" = 0 ] || fail "half an import stored"
