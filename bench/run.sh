#!/bin/sh
# bench/run.sh - `make bench`: tradestat's throughput and peak memory, each
# step at a size N and at 2N, printed as one table.
#
# Everything is generated here, from the repository only: an article corpus
# (bench/gen.c corpus, from bench/corpus/reuters/*.txt and data/articles/*.txt,
# numbers varied per copy), series CSVs (bench/gen.c series) and synthetic
# claims (bench/claims.sql). Nothing generated is committed; it all goes to
# BENCH_DIR and is removed at the end unless BENCH_KEEP=1.
#
# Sizes (N; each step also runs at 2N):
#   BENCH_MB=100        article corpus, MiB
#   BENCH_SERIES=10000  series of 300 months each for import/export (3 M rows)
#   BENCH_CLAIMS=1000000  claims for validate (with their series)
#   BENCH_CHARTS=100    charts for report
# Rates are per CPU second (user + system of the process and its children,
# from /usr/bin/time), so a busy shared machine slows them less than wall
# time; both are printed. Baselines run in the same invocation, on the same
# files, just before extract.
set -eu
cd "$(dirname "$0")/.."
TS=$(pwd)/${TRADESTAT:-tradestat}
GEN=$(pwd)/${BENCH_GEN:-build/bench-gen}
MB=${BENCH_MB:-100}
NSER=${BENCH_SERIES:-10000}
NCLAIMS=${BENCH_CLAIMS:-1000000}
NCHARTS=${BENCH_CHARTS:-100}
MONTHS=300
DIR=${BENCH_DIR:-bench/out}
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench: needs GNU time (/usr/bin/time; Debian package 'time')" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "bench: needs the sqlite3 shell" >&2; exit 1; }
RES=$DIR/results.txt
: > "$RES"

say() { printf '%s\n' "bench: $*" >&2; }

# measure NAME SIZE COUNT UNIT CMD...: runs CMD under /usr/bin/time and records
# "name size count unit wall cpu maxrss_kb" in $RES.
measure() {
	name=$1 size=$2 count=$3 unit=$4
	shift 4
	"$TIME" -f '%e %U %S %M' -o "$DIR/time.txt" "$@" || {
		echo "bench: $name ($size) failed: $*" >&2; exit 1; }
	read -r wall user sys rss < "$DIR/time.txt"
	cpu=$(echo "$user $sys" | awk '{ printf "%.2f", $1 + $2 }')
	echo "$name $size $count $unit $wall $cpu $rss" >> "$RES"
	say "$name ($size): $count $unit in $wall s wall, $cpu s CPU, peak RSS $rss KB"
}

# The faster of two runs for the byte scans: they are short and the
# machine is noisy; all other steps change state and run once.
measure2() {
	measure "$@"
	first=$(tail -n 1 "$RES")
	sed -i '$d' "$RES"
	measure "$@"
	second=$(tail -n 1 "$RES")
	sed -i '$d' "$RES"
	printf '%s\n%s\n' "$first" "$second" | sort -k6,6n | head -n 1 >> "$RES"
}

fresh_db() { rm -f "$1" "$1-wal" "$1-shm"; "$TS" --db "$1" init > /dev/null; }

for k in 1 2; do
	size=$([ "$k" = 1 ] && echo N || echo 2N)
	mb=$((MB * k)) nser=$((NSER * k)) nclaims=$((NCLAIMS * k)) ncharts=$((NCHARTS * k))

	# ---- articles: extract beside grep and cat; ingest --------------------
	say "building a $mb MiB corpus"
	rm -rf "$DIR/corpus"
	"$GEN" corpus "$mb" "$DIR/corpus" bench/corpus/reuters/*.txt data/articles/*.txt
	list=$DIR/corpus/list.txt
	bytes=$(xargs -a "$list" cat | wc -c)	# also warms the page cache for all three
	measure2 cat "$size" "$bytes" bytes sh -c "xargs -a '$list' cat > /dev/null"
	measure2 grep "$size" "$bytes" bytes sh -c "xargs -a '$list' grep -c '[0-9]' > /dev/null"
	measure2 extract "$size" "$bytes" bytes sh -c "xargs -a '$list' '$TS' extract > /dev/null"
	db=$DIR/ingest.db
	fresh_db "$db"
	measure ingest "$size" "$bytes" bytes sh -c "xargs -a '$list' '$TS' --db '$db' ingest 2> /dev/null"
	claims=$(sqlite3 "$db" 'SELECT count(*) FROM claim')
	echo "claims $size $claims claims 0 0 0" >> "$RES"
	rm -rf "$DIR/corpus" "$db" "$db-wal" "$db-shm"

	# ---- series: import long and wide, export long and wide ---------------
	say "generating $nser series x $MONTHS months"
	"$GEN" series "$nser" "$MONTHS" long "$DIR/long.csv"
	"$GEN" series "$nser" "$MONTHS" wide "$DIR/wide.csv"
	obs=$((nser * MONTHS))
	db=$DIR/wide.db
	fresh_db "$db"
	measure import_wide "$size" "$obs" obs "$TS" --db "$db" import --vintage 2024-01-01 "$DIR/wide.csv"
	rm -f "$db" "$db-wal" "$db-shm" "$DIR/wide.csv"
	db=$DIR/series.db
	fresh_db "$db"
	measure import "$size" "$obs" obs "$TS" --db "$db" import --vintage 2024-01-01 "$DIR/long.csv"
	rm -f "$DIR/long.csv"
	measure export_long "$size" "$obs" obs "$TS" --db "$db" export series -o "$DIR/out.csv"
	measure export_wide "$size" "$obs" obs "$TS" --db "$db" export series --layout wide -o "$DIR/out.csv"
	rm -f "$DIR/out.csv"

	# ---- validate: claims about those series -------------------------------
	say "adding $nclaims synthetic claims (bench/claims.sql)"
	sqlite3 "$db" ".parameter set :n $nclaims" ".read bench/claims.sql"
	measure validate "$size" "$nclaims" claims sh -c "'$TS' --db '$db' validate > /dev/null 2>&1"
	rm -f "$db" "$db-wal" "$db-shm"

	# ---- report: one chart per series with claims --------------------------
	db=$DIR/report.db
	fresh_db "$db"
	"$GEN" series "$ncharts" "$MONTHS" long "$DIR/charts.csv"
	"$TS" --db "$db" import --vintage 2024-01-01 "$DIR/charts.csv" 2> /dev/null
	sqlite3 "$db" ".parameter set :n $((ncharts * 20))" ".read bench/claims.sql"
	rm -rf "$DIR/report"
	measure report "$size" "$ncharts" charts sh -c "'$TS' --db '$db' report -o '$DIR/report' 2> /dev/null"
	rm -rf "$DIR/report" "$DIR/charts.csv" "$db" "$db-wal" "$db-shm"
done

# ---- the table -----------------------------------------------------------
awk -v nproc="$(nproc)" -v cpu="$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)" \
    -v date="$(date -u +%Y-%m-%d)" '
function val(n, s, f) { return r[n, s, f] }
function rate(n, s) { c = val(n, s, "cpu"); return c > 0 ? val(n, s, "count") / c : 0 }
function human(x) {
	if (x >= 1e6) return sprintf("%.2f M", x / 1e6)
	if (x >= 1e3) return sprintf("%.1f k", x / 1e3)
	return sprintf("%.1f", x)
}
function mbs(n, s) { return rate(n, s) / 1048576 }
function row(label, n, what, per) {
	printf "| %-22s | %10s | %14s | %8s | %8s | %8.1f | %8.1f | %5.2f |\n", label,
		human(val(n, "N", "count")) " " what,
		per == "MB" ? sprintf("%.1f MB/s", mbs(n, "N")) : human(rate(n, "N")) "/s",
		val(n, "N", "cpu"), val(n, "2N", "cpu"),
		val(n, "N", "rss") / 1024, val(n, "2N", "rss") / 1024,
		val(n, "N", "rss") ? val(n, "2N", "rss") / val(n, "N", "rss") : 0
}
{ r[$1, $2, "count"] = $3; r[$1, $2, "unit"] = $4; r[$1, $2, "wall"] = $5
  r[$1, $2, "cpu"] = $6; r[$1, $2, "rss"] = $7 }
END {
	printf "\ntradestat bench: %s, %d CPUs (%s); rates per CPU second at N\n\n", date, nproc, cpu
	printf "| %-22s | %10s | %14s | %8s | %8s | %8s | %8s | %5s |\n", "step (at N)", "input",
		"rate at N", "CPU s N", "CPU s 2N", "RSS MB N", "RSS 2N", "ratio"
	printf "|%s|%s|%s|%s|%s|%s|%s|%s|\n", "------------------------", "------------:",
		"---------------:", "---------:", "---------:", "---------:", "---------:", "------:"
	row("cat > /dev/null", "cat", "B", "MB")
	row("grep -c [0-9]", "grep", "B", "MB")
	row("extract", "extract", "B", "MB")
	row("ingest (fresh db)", "ingest", "B", "MB")
	row("import long", "import", "obs", "")
	row("import wide", "import_wide", "obs", "")
	row("export series long", "export_long", "obs", "")
	row("export series wide", "export_wide", "obs", "")
	row("validate", "validate", "claims", "")
	row("report", "report", "charts", "")
	cl = val("claims", "N", "count")
	printf "\nextract: %s claims at N (counted by ingest), %s claims/s; %.1f MB/s = %.3f x grep -c, %.3f x cat\n",
		human(cl), human(cl / val("extract", "N", "cpu")), mbs("extract", "N"),
		mbs("extract", "N") / mbs("grep", "N"), mbs("extract", "N") / mbs("cat", "N")
	printf "ingest: %s claims/s (%.1f MB/s of articles); validate: %s s CPU, %s s wall for %s claims; report: %s s wall for %s charts\n",
		human(cl / val("ingest", "N", "cpu")), mbs("ingest", "N"), val("validate", "N", "cpu"),
		val("validate", "N", "wall"), human(val("validate", "N", "count")),
		val("report", "N", "wall"), val("report", "N", "count")
	printf "wall seconds N / 2N:"
	split("cat grep extract ingest import import_wide export_long export_wide validate report", st, " ")
	for (i = 1; i <= 10; i++)
		printf " %s %s/%s", st[i], val(st[i], "N", "wall"), val(st[i], "2N", "wall")
	printf "\n"
}' "$RES"
[ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$DIR"
