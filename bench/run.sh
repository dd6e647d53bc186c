#!/bin/sh
# bench/run.sh - `make bench`: tradestat's throughput and peak memory, each
# step at a size N and at 2N, printed as one table.
#
# Everything is generated here, from the repository only: an article corpus
# (bench/gen.c corpus, from bench/corpus/reuters/*.txt and data/articles/*.txt,
# numbers varied per copy), series CSVs (bench/gen.c series: each series
# with a subject of its own and one mirror, so that 2N series are N more of
# the same shape and validate's findings double, not more; until session 6
# subjects repeated past 3,200 series) and synthetic claims
# (bench/claims.sql). Nothing generated is committed; it all goes to
# BENCH_DIR and is removed at the end unless BENCH_KEEP=1.
#
# Sizes (N; each step also runs at 2N):
#   BENCH_MB=100        article corpus, MiB
#   BENCH_SERIES=10000  series of 300 months each for import/export (3 M rows)
#   BENCH_CLAIMS=1000000  claims for validate (with their series)
#   BENCH_CHARTS=100    charts for report
#   BENCH_POINTS=10000  points (months of one series) for plot
# Rates are per CPU second (user + system of the process and its children,
# from /usr/bin/time), so a busy shared machine slows them less than wall
# time; both are printed. Baselines run in the same invocation, on the same
# files, and write their output to real files: cat, wc -w and grep -c beside
# extract (one thread: compared on CPU time), the sqlite3 shell's .import
# beside ingest and import, bench/validate.sql beside validate, gnuplot
# alone on the same scripts beside report and plot (10,000 points). The
# --jobs 2 speed-up is the median wall time of 5 runs each (it is about
# wall time). ingest's bytes written are the write()/pwrite() bytes of the
# process and its children (wchar of /proc/PID/io).
set -eu
cd "$(dirname "$0")/.."
TS=$(pwd)/${TRADESTAT:-tradestat}
GEN=$(pwd)/${BENCH_GEN:-build/bench-gen}
MB=${BENCH_MB:-100}
NSER=${BENCH_SERIES:-10000}
NCLAIMS=${BENCH_CLAIMS:-1000000}
NCHARTS=${BENCH_CHARTS:-100}
NPOINTS=${BENCH_POINTS:-10000}
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
	# Every baseline writes to a real file: grep -c writing to /dev/null
	# stops at the first match of each file (GNU grep 3.8), so it would not
	# read the input it is compared with.
	measure2 cat "$size" "$bytes" bytes sh -c "xargs -a '$list' cat > '$DIR/cat.out'"
	measure2 wc "$size" "$bytes" bytes sh -c "xargs -a '$list' wc -w > '$DIR/wc.out'"
	measure2 grep "$size" "$bytes" bytes sh -c "xargs -a '$list' grep -c '[0-9]' > '$DIR/grep.out'"
	measure2 extract "$size" "$bytes" bytes sh -c "xargs -a '$list' '$TS' extract > '$DIR/extract.csv'"
	# The same bytes as 4 large files, and one of them alone for peak memory.
	xargs -a "$list" cat > "$DIR/all.txt"
	split -n l/4 -d "$DIR/all.txt" "$DIR/big."
	rm -f "$DIR/all.txt"
	bigbytes=$(cat "$DIR"/big.0[0-3] | wc -c)
	measure2 grep_big "$size" "$bigbytes" bytes sh -c "grep -c '[0-9]' '$DIR'/big.0[0-3] > '$DIR/grep.out'"
	measure2 extract_big "$size" "$bigbytes" bytes sh -c "'$TS' extract '$DIR'/big.0[0-3] > '$DIR/extract.csv'"
	measure extract_one "$size" "$(wc -c < "$DIR/big.00")" bytes sh -c "'$TS' extract '$DIR/big.00' > '$DIR/extract.csv'"
	rm -f "$DIR"/big.0[0-3]
	if [ "$k" = 1 ]; then
		# --jobs: the median wall time of 5 runs each, one job and two (the
		# issue's goal), alternated so that a change in the machine's load
		# hits both. The load average beside it says how much of the
		# machine was someone else's (wall time is the CPU share granted).
		load0=$(cut -d' ' -f1 /proc/loadavg)
		for i in 1 2 3 4 5; do
			"$TIME" -f '%e' -a -o "$DIR/jobs1.txt" sh -c "xargs -a '$list' '$TS' extract --jobs 1 > '$DIR/extract.csv'"
			"$TIME" -f '%e' -a -o "$DIR/jobsn.txt" sh -c "xargs -a '$list' '$TS' extract --jobs 2 > '$DIR/extract.csv'"
		done
		j1=$(sort -n "$DIR/jobs1.txt" | sed -n 3p) jn=$(sort -n "$DIR/jobsn.txt" | sed -n 3p)
		jobsload="$load0 -> $(cut -d' ' -f1 /proc/loadavg)"
		echo "jobs1 $size $bytes bytes $j1 0 0" >> "$RES"
		echo "jobsn $size $bytes bytes $jn 0 0" >> "$RES"
		say "extract --jobs 1 / --jobs 2: median wall $j1 s / $jn s of 5 runs each (load average $jobsload)"
		rm -f "$DIR/jobs1.txt" "$DIR/jobsn.txt"
	fi
	rm -f "$DIR/cat.out" "$DIR/wc.out" "$DIR/grep.out" "$DIR/extract.csv"
	db=$DIR/ingest.db
	fresh_db "$db"
	# The shell reads its own /proc/PID/io after xargs ends: a reaped
	# child's I/O counts in its parent's, so wchar holds ingest's writes.
	measure ingest "$size" "$bytes" bytes sh -c "xargs -a '$list' '$TS' --db '$db' ingest 2> /dev/null || exit \$?; sed -n 's/^wchar: //p' /proc/\$\$/io > '$DIR/wchar.txt' 2> /dev/null || :"
	claims=$(sqlite3 "$db" 'SELECT count(*) FROM claim')
	echo "claims $size $claims claims 0 0 0" >> "$RES"
	wchar=$(cat "$DIR/wchar.txt" 2> /dev/null || :)
	dbsize=$(cat "$db" "$db-wal" 2> /dev/null | wc -c)
	echo "ingest_io $size ${wchar:-0} bytes 0 0 $dbsize" >> "$RES"
	say "ingest wrote ${wchar:-?} bytes for a database of $dbsize bytes"
	# Yardstick for ingest: the sqlite3 shell loading the same claims (as
	# export writes them) into one table with the claim table's two indexes
	# (its UNIQUE (document, seq) as a plain index on (doc, start): the
	# export has no seq, and two claims may start at one offset).
	"$TS" --db "$db" export claims -o "$DIR/claims.csv"
	rm -f "$DIR/flat.db"
	sqlite3 "$DIR/flat.db" "CREATE TABLE claim (doc TEXT, published TEXT, start INT, \"end\" INT,
		text TEXT, kind TEXT, value REAL, unit TEXT, per TEXT, approx TEXT, direction TEXT,
		measure TEXT, period TEXT, flow TEXT, reporter TEXT, partner TEXT, commodity TEXT,
		pair_text TEXT, sentence TEXT);
		CREATE INDEX claim_subject ON claim (measure, period, reporter, partner, flow);
		CREATE INDEX claim_doc ON claim (doc, start)"
	measure sqlite_claims "$size" "$claims" claims sqlite3 "$DIR/flat.db" ".import --csv --skip 1 '$DIR/claims.csv' claim"
	rm -f "$DIR/flat.db" "$DIR/claims.csv"
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
	# Yardstick for import: the sqlite3 shell into a table with the same unique key.
	rm -f "$DIR/flat.db"
	sqlite3 "$DIR/flat.db" "CREATE TABLE obs (series TEXT, period TEXT, value REAL, UNIQUE (series, period))"
	measure sqlite_import "$size" "$obs" obs sqlite3 "$DIR/flat.db" ".import --csv --skip 1 '$DIR/long.csv' obs"
	rm -f "$DIR/flat.db" "$DIR/long.csv"
	measure export_long "$size" "$obs" obs "$TS" --db "$db" export series -o "$DIR/out.csv"
	measure export_wide "$size" "$obs" obs "$TS" --db "$db" export series --layout wide -o "$DIR/out.csv"
	rm -f "$DIR/out.csv"

	# ---- validate: claims about those series -------------------------------
	say "adding $nclaims synthetic claims (bench/claims.sql)"
	sqlite3 "$db" ".parameter set :n $nclaims" ".read bench/claims.sql"
	cp "$db" "$DIR/yard.db"
	measure validate "$size" "$nclaims" claims sh -c "'$TS' --db '$db' validate > '$DIR/validate.out' 2>&1 || [ \$? = 1 ]"
	# Yardstick: the same pairs and matches as plain SQL (bench/validate.sql).
	measure sql_validate "$size" "$nclaims" claims sh -c "sqlite3 '$DIR/yard.db' '.read bench/validate.sql' > '$DIR/validate.out'"
	rm -f "$DIR/yard.db" "$DIR/validate.out"
	rm -f "$db" "$db-wal" "$db-shm"

	# ---- report: one chart per series with claims --------------------------
	db=$DIR/report.db
	fresh_db "$db"
	"$GEN" series "$ncharts" "$MONTHS" long "$DIR/charts.csv"
	"$TS" --db "$db" import --vintage 2024-01-01 "$DIR/charts.csv" 2> /dev/null
	sqlite3 "$db" ".parameter set :n $((ncharts * 20))" ".read bench/claims.sql"
	# The scripts report sends its gnuplot, caught by a gnuplot ahead in
	# PATH that copies its input (a run not measured), for gnuplot alone.
	mkdir -p "$DIR/gpwrap"
	printf '#!/bin/sh\ntee -a "%s" | "%s" "$@"\n' "$DIR/report.gp" "$(command -v gnuplot)" > "$DIR/gpwrap/gnuplot"
	chmod +x "$DIR/gpwrap/gnuplot"
	rm -rf "$DIR/report" "$DIR/report.gp"
	PATH="$DIR/gpwrap:$PATH" "$TS" --db "$db" report -o "$DIR/report" 2> /dev/null
	rm -rf "$DIR/report" "$DIR/gpwrap"
	measure report "$size" "$ncharts" charts sh -c "'$TS' --db '$db' report -o '$DIR/report' 2> /dev/null"
	# The script writes into report's temporary directory (renamed since):
	# made again for gnuplot alone, removed after.
	sed -n "s|^set output '\(.*\)/[^/]*'\$|\1|p" "$DIR/report.gp" | sort -u | while read -r d; do
		mkdir -p "$d"; done
	measure gnuplot_report "$size" "$ncharts" charts sh -c "gnuplot < '$DIR/report.gp' > /dev/null"
	rm -rf "$DIR/report" "$DIR"/report.tmp-* "$DIR/report.gp" "$DIR/charts.csv" "$db" "$db-wal" "$db-shm"

	# ---- plot: k series of NPOINTS months in one chart, and gnuplot alone
	# on its script (2N is two series: months past the year 2999 are refused)
	db=$DIR/plot.db
	fresh_db "$db"
	"$GEN" series "$k" "$NPOINTS" long "$DIR/points.csv"
	"$TS" --db "$db" import --vintage 2024-01-01 "$DIR/points.csv" 2> /dev/null
	codes=$(sqlite3 "$db" "SELECT group_concat(code, ' ') FROM series")
	measure plot "$size" $((NPOINTS * k)) points "$TS" --db "$db" plot -o "$DIR/plot.svg" $codes
	"$TS" --db "$db" plot -o "$DIR/plot.svg" --script "$DIR/plot.gp" $codes
	measure gnuplot_plot "$size" $((NPOINTS * k)) points gnuplot "$DIR/plot.gp"
	rm -f "$DIR/plot.svg" "$DIR/plot.gp" "$DIR/points.csv" "$db" "$db-wal" "$db-shm"
done

# ---- the table -----------------------------------------------------------
awk -v nproc="$(nproc)" -v jobsload="${jobsload:-?}" -v cpu="$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)" \
    -v date="$(date -u +%Y-%m-%d)" '
function val(n, s, f) { return r[n, s, f] }
function rate(n, s) { return ratio(val(n, s, "count"), val(n, s, "cpu")) }
function human(x) {
	if (x >= 1e6) return sprintf("%.2f M", x / 1e6)
	if (x >= 1e3) return sprintf("%.1f k", x / 1e3)
	return sprintf("%.1f", x)
}
function mbs(n, s) { return rate(n, s) / 1048576 }
# a / b, or 0 when b was too short to time (/usr/bin/time counts 10 ms)
function ratio(a, b) { return b > 0 ? a / b : 0 }
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
	row("cat > file", "cat", "B", "MB")
	row("wc -w > file", "wc", "B", "MB")
	row("grep -c [0-9] > file", "grep", "B", "MB")
	row("extract", "extract", "B", "MB")
	row("grep -c, 4 large files", "grep_big", "B", "MB")
	row("extract, 4 large files", "extract_big", "B", "MB")
	row("extract, one large file", "extract_one", "B", "MB")
	row("ingest (fresh db)", "ingest", "B", "MB")
	row("sqlite3 .import claims", "sqlite_claims", "claims", "")
	row("import long", "import", "obs", "")
	row("sqlite3 .import UNIQUE", "sqlite_import", "obs", "")
	row("import wide", "import_wide", "obs", "")
	row("export series long", "export_long", "obs", "")
	row("export series wide", "export_wide", "obs", "")
	row("validate", "validate", "claims", "")
	row("validate as plain SQL", "sql_validate", "claims", "")
	row("report", "report", "charts", "")
	row("gnuplot on report script", "gnuplot_report", "charts", "")
	row("plot", "plot", "points", "")
	row("gnuplot on plot script", "gnuplot_plot", "points", "")
	cl = val("claims", "N", "count")
	printf "\nextract: %s claims at N (counted by ingest), %s claims/s; %.1f MB/s = %.3f x grep -c, %.3f x wc -w, %.3f x cat\n",
		human(cl), human(ratio(cl, val("extract", "N", "cpu"))), mbs("extract", "N"),
		ratio(mbs("extract", "N"), mbs("grep", "N")), ratio(mbs("extract", "N"), mbs("wc", "N")),
		ratio(mbs("extract", "N"), mbs("cat", "N"))
	printf "ingest: %s claims/s (%.1f MB/s of articles); validate: %s s CPU, %s s wall for %s claims; report: %s s wall for %s charts\n",
		human(ratio(cl, val("ingest", "N", "cpu"))), mbs("ingest", "N"), val("validate", "N", "cpu"),
		val("validate", "N", "wall"), human(val("validate", "N", "count")),
		val("report", "N", "wall"), val("report", "N", "count")
	printf "\ngoals (issue 14), ratios in this run:\n"
	printf "  extract / grep -c, CPU: %.3f (many files), %.3f (4 large files); goal >= 0.333\n",
		ratio(mbs("extract", "N"), mbs("grep", "N")), ratio(mbs("extract_big", "N"), mbs("grep_big", "N"))
	printf "  extract --jobs 2 speed-up (median wall of 5, %d CPUs, load average %s): %.2f x (%s s / %s s); goal >= 1.8\n",
		nproc, jobsload, ratio(val("jobs1", "N", "wall"), val("jobsn", "N", "wall")),
		val("jobs1", "N", "wall"), val("jobsn", "N", "wall")
	printf "  extract peak memory, one %.1f MB file: %.1f bytes per input byte, %.1f beyond the text; goal <= 2 beyond\n",
		val("extract_one", "N", "count") / 1048576,
		ratio(val("extract_one", "N", "rss") * 1024, val("extract_one", "N", "count")),
		ratio(val("extract_one", "N", "rss") * 1024, val("extract_one", "N", "count")) - 1
	printf "  ingest CPU / extract CPU: %.2f; ingest / sqlite3 .import claims: %.2f; goal <= 1.5\n",
		ratio(val("ingest", "N", "cpu"), val("extract", "N", "cpu")),
		ratio(val("ingest", "N", "cpu"), val("sqlite_claims", "N", "cpu"))
	printf "  ingest wrote %.1f MB for a %.1f MB database (N)\n",
		val("ingest_io", "N", "count") / 1e6, val("ingest_io", "N", "rss") / 1e6
	printf "  import / sqlite3 .import with UNIQUE(series, period), CPU: %.2f; goal <= 1.5\n",
		ratio(val("import", "N", "cpu"), val("sqlite_import", "N", "cpu"))
	printf "  validate / plain SQL, CPU: %.2f (N), %.2f (2N); goal <= 2; peak memory 2N/N: %.2f, goal <= 1.10\n",
		ratio(val("validate", "N", "cpu"), val("sql_validate", "N", "cpu")),
		ratio(val("validate", "2N", "cpu"), val("sql_validate", "2N", "cpu")),
		ratio(val("validate", "2N", "rss"), val("validate", "N", "rss"))
	printf "  report / gnuplot alone on its script, CPU: %.2f (wall %.2f); plot of %s points / gnuplot alone, CPU: %.2f (wall %.2f)\n",
		ratio(val("report", "N", "cpu"), val("gnuplot_report", "N", "cpu")),
		ratio(val("report", "N", "wall"), val("gnuplot_report", "N", "wall")),
		human(val("plot", "N", "count")),
		ratio(val("plot", "N", "cpu"), val("gnuplot_plot", "N", "cpu")),
		ratio(val("plot", "N", "wall"), val("gnuplot_plot", "N", "wall"))
	printf "wall seconds N / 2N:"
	split("cat wc grep extract ingest import import_wide export_long export_wide validate report plot", st, " ")
	for (i = 1; i <= 12; i++)
		printf " %s %s/%s", st[i], val(st[i], "N", "wall"), val(st[i], "2N", "wall")
	printf "\n"
}' "$RES"
[ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$DIR"
