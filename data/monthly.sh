#!/bin/sh
# data/monthly.sh - the monthly run, for cron: import the month's releases,
# ingest the new articles, validate, ALWAYS write the report, then exit.
#
#   data/monthly.sh --db DB --report DIR [--releases DIR] [--articles DIR]
#                   [--dates FILE.csv] [--fail-on warning|error]
#
# --releases DIR  every DIR/*.csv, in name order, is imported; the import
#                 options of FILE.csv are in FILE.csv.args, one argument a line
#                 (blank lines and lines starting with # skipped; nothing in it
#                 is run by a shell). A release already stored (same SHA-256)
#                 is skipped by import itself. A folder (this or --articles)
#                 that does not exist is an error (exit 2); an empty one is fine.
# --articles DIR  every DIR/*.txt is ingested (none is fine), dated by --dates
#                 or DIR/dates.csv when it exists; stored ones are skipped.
# --report DIR    the report bundle (tradestat report -o DIR): written even when
#                 an import, an article or the findings failed.
# --fail-on SEV   exit 1 when validate finds problems of SEV or worse.
# --db DB         an existing database (made once by `tradestat init`).
#
# Output: one summary line on stderr when nothing went wrong (a month with
# nothing new says so: "nothing new"); otherwise the messages of what went
# wrong, then the summary. Exit status: the highest of every step's (4
# database or I/O, 3 bad input, 2 usage, 1 findings at --fail-on), and 1 only
# after the report is written. TRADESTAT names the binary (default: tradestat
# on PATH, else ./tradestat).
set -u
ts=${TRADESTAT:-$(command -v tradestat || echo ./tradestat)}
db= report= releases= articles= dates= fail_on=
usage() {
	echo "usage: data/monthly.sh --db DB --report DIR [--releases DIR] [--articles DIR]" \
		"[--dates FILE.csv] [--fail-on warning|error]" >&2
	exit 2
}
while [ $# -gt 0 ]; do
	[ $# -ge 2 ] || usage
	case $1 in
	--db) db=$2 ;;
	--report) report=$2 ;;
	--releases) releases=$2 ;;
	--articles) articles=$2 ;;
	--dates) dates=$2 ;;
	--fail-on) case $2 in warning|error) fail_on=$2 ;; *) usage ;; esac ;;
	*) usage ;;
	esac
	shift 2
done
[ -n "$db" ] && [ -n "$report" ] || usage
# The log keeps the messages of the steps that failed, shown at the end.
log=$(mktemp "${TMPDIR:-/tmp}/tradestat-monthly.XXXXXX") || exit 4
trap 'rm -f "$log" "$log.step"' EXIT
rc=0		# the highest exit status so far (findings' 1 kept apart)
findings=0	# validate's exit 1
failed=		# the steps that failed, for the summary

# step NAME CMD...: runs CMD with stderr in the log; a failure is remembered.
step() {
	name=$1
	shift
	"$@" 2> "$log.step"
	s=$?
	if [ "$s" -ne 0 ]; then
		cat "$log.step" >> "$log"
		[ "$s" -gt "$rc" ] && rc=$s
		failed="$failed $name"
	fi
	return "$s"
}

# counts: "documents claims vintages observations" from `tradestat init` (the
# database exists by then: init only reports on it).
counts() {
	"$ts" --db "$db" init 2>/dev/null | sed -n \
		's/.* \([0-9]*\) documents, \([0-9]*\) claims, [0-9]* series, \([0-9]*\) vintages, \([0-9]*\) observations.*/\1 \2 \3 \4/p'
}

import_one() {
	file=$1
	set --
	if [ -f "$file.args" ]; then
		while IFS= read -r line || [ -n "$line" ]; do
			case $line in '' | '#'*) continue ;; esac
			set -- "$@" "$line"
		done < "$file.args"
	fi
	step import "$ts" --db "$db" import "$@" "$file" > /dev/null
}

# Only `tradestat init` creates a database: a missing or mistyped --db fails
# here, loudly, instead of starting an empty one (the others migrate it).
if [ ! -f "$db" ]; then
	echo "monthly: no database '$db': create it once with 'tradestat --db $db init'" >&2
	exit 4
fi
before=$(counts)
nrel=0 nart=0
# A folder named that does not exist (a typo, a month's folder not made) is a
# usage error, not an empty month: said, remembered, and the run goes on so
# that the report is still written. An empty folder is an empty month.
for d in releases articles; do
	eval "dir=\$$d"
	if [ -n "$dir" ] && [ ! -d "$dir" ]; then
		echo "monthly: no folder '$dir' (--$d): nothing read from it; an empty month is an empty folder" >> "$log"
		[ "$rc" -lt 2 ] && rc=2
		failed="$failed $d"
		eval "$d="
	fi
done
if [ -n "$releases" ]; then
	for f in "$releases"/*.csv; do
		[ -e "$f" ] || continue	# an empty month
		nrel=$((nrel + 1))
		import_one "$f"
		[ "$rc" -ge 4 ] && break	# the database failed: stop importing
	done
fi
if [ -n "$articles" ] && [ "$rc" -lt 4 ]; then
	[ -z "$dates" ] && [ -f "$articles/dates.csv" ] && dates=$articles/dates.csv
	set --
	for f in "$articles"/*.txt; do
		[ -e "$f" ] && set -- "$@" "$f"
	done
	nart=$#
	if [ $# -gt 0 ]; then
		if [ -n "$dates" ]; then
			step ingest "$ts" --db "$db" ingest --dates "$dates" "$@" > /dev/null
		else
			step ingest "$ts" --db "$db" ingest "$@" > /dev/null
		fi
	fi
fi
after=$(counts)
# Validate: findings at --fail-on are remembered apart, and count only after
# the report is written.
if [ -n "$fail_on" ]; then
	"$ts" --db "$db" validate -q --fail-on "$fail_on" 2> "$log.step"
else
	"$ts" --db "$db" validate -q 2> "$log.step"
fi
s=$?
[ "$s" -gt 1 ] && cat "$log.step" >> "$log"
summary=$(sed -n 's/^validate: .* claims checked: //p' "$log.step")
if [ "$s" -eq 1 ]; then
	findings=1
elif [ "$s" -ne 0 ]; then
	[ "$s" -gt "$rc" ] && rc=$s
	failed="$failed validate"
fi
step report "$ts" --db "$db" report -o "$report"
bundle=$(sed -n "s|^.*: \\([0-9]* CSV files*, [0-9]* charts*\\).*|\\1|p" "$log.step")

# The summary line: what the month added, what validate found, the report.
set -- $before
b_doc=${1:-0} b_claim=${2:-0} b_vint=${3:-0} b_obs=${4:-0}
set -- $after
a_doc=${1:-0} a_claim=${2:-0} a_vint=${3:-0} a_obs=${4:-0}
n() { if [ "$1" = 1 ]; then echo "$1 $2"; else echo "$1 ${2}s"; fi; }
if [ "$before" = "$after" ]; then
	what="nothing new: $(n "$nrel" "release file") and $(n "$nart" article) read, database unchanged"
else
	what="$(n $((a_vint - b_vint)) "new release") ($(n $((a_obs - b_obs)) value)),"
	what="$what $(n $((a_doc - b_doc)) "new article") ($(n $((a_claim - b_claim)) claim))"
fi
[ "$findings" -eq 1 ] && [ "$rc" -lt 1 ] && rc=1
# Something went wrong: the messages of what did, then the summary.
[ -s "$log" ] && cat "$log" >&2
line="monthly: $what; findings: ${summary:-none}"
[ -n "$bundle" ] && line="$line; report $report: $bundle"
[ -n "$failed" ] && line="$line; FAILED:$failed"
[ "$findings" -eq 1 ] && line="$line; findings at --fail-on $fail_on"
echo "$line (exit $rc)" >&2
exit "$rc"
