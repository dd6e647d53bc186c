#!/bin/sh
# validator.sh - the validator section of `make eval` (issue 16): the whole
# Reuters-21578 archive ingested with the shipped series (as data/demo.sh
# imports them), `validate` run, findings counted per rule and severity, and
# every warning and error written with both sentences to $OUT for checking
# by reading both stories. tests/eval/validator_checked.csv holds the verdicts
# of the findings checked so far; validator_report.py scores them.
#
#   TRADESTAT  the binary (default ./build/tradestat)
#   EVAL       the shared corpora (default ../shared/eval); only make eval reads it
#   OUT        where the findings to check go (default build/eval/validator_findings.csv)
#   KEEP       a directory to keep the database and every finding (findings.csv) in
#
# Invariants:
#  1. Nothing under tests/ is written: the findings go to $OUT, the database to
#     a temporary directory removed on exit.
#  2. The stories are ingested in name order, so finding ids are reproducible.
set -eu
TOP=$(cd "$(dirname "$0")/../.." && pwd)
T=${TRADESTAT:-$TOP/build/tradestat}
EVAL=${EVAL:-$TOP/../shared/eval}
OUT=${OUT:-$TOP/build/eval/validator_findings.csv}
R=$EVAL/reuters21578
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/t.db
cd "$TOP"
mkdir -p "$(dirname "$OUT")"

"$T" --db "$db" init >/dev/null 2>&1
S=data/series
"$T" --db "$db" import --vintage-column reported_on --source "GACC, as reported by the press" \
	$S/cn_imports_from_ru_as_reported.csv >/dev/null 2>&1
for v in 2017-03-03 2019-05-10 2026-02-28; do
	"$T" --db "$db" import --vintage "$v" --source "U.S. Census Bureau via FRED (IMPCH)" \
		--scale million --unit USD --reporter US --partner CN --flow import \
		"$S/impch_us_imports_from_china_snapshot_$v.csv" >/dev/null 2>&1
done
for v in "2018-10-10 Value exchus_china_snapshot_2018-10-10.csv" \
	 "2018-10-17 Exchange\ rate exchus_china_snapshot_2018-10-17.csv" \
	 "2026-07-21 Exchange\ rate exchus_cny_per_usd_monthly.csv"; do
	eval "set -- $v"
	"$T" --db "$db" import --vintage "$1" --source "Federal Reserve H.10 via FRED (EXCHUS)" \
		--series EXCHUS --period-column Date --value-column "$2" --unit CNY/USD \
		"$S/$3" >/dev/null 2>&1
done
ls "$R" | grep '\.txt$' | sort | sed "s|^|$R/|" > "$tmp/files"
xargs "$T" --db "$db" ingest < "$tmp/files" >/dev/null 2>"$tmp/ingest.err" || {
	cat "$tmp/ingest.err" >&2; exit 1; }
set +e
"$T" --db "$db" validate --format csv > "$tmp/findings.csv" 2>"$tmp/validate.err"
rc=$?
set -e
[ $rc -le 1 ] || { cat "$tmp/validate.err" >&2; exit 1; }
if [ -n "${KEEP:-}" ]; then
	mkdir -p "$KEEP" && cp "$db" "$tmp/findings.csv" "$KEEP/"
fi
echo "validator on Reuters-21578 ($(wc -l < "$tmp/files") stories, shipped series):"
python3 tests/eval/validator_report.py "$tmp/findings.csv" "$OUT" tests/eval/validator_checked.csv
