#!/bin/sh
# tests/spreadsheet/check.sh - open tradestat's CSV in LibreOffice Calc, for
# real (headless), and check what a spreadsheet user would see: numbers are
# numbers, periods stay text, release dates are dates, non-ASCII survives,
# and no text from an article or a release became a formula.
# Usage: TRADESTAT=./tradestat tests/spreadsheet/check.sh   (make check-spreadsheet)
set -eu
: "${TRADESTAT:?set TRADESTAT to the binary under test}"
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tradestat-calc.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
TRADESTAT="$TRADESTAT" "$top/data/demo.sh" "$tmp/demo" 2>/dev/null
db="$tmp/demo/tradestat.db"
# Hostile text: formulas, a tab, non-ASCII, quotes, in an article's sentence and mention.
printf '%s\n' '=HYPERLINK("http://example.invalid/x","click") Exports rose 5% to $2 billion in May.' \
	'@SUM(1+1) Москва said imports from Japan were €5 billion in May, “up” 3%.' \
	'+cmd|'"'"'/C calc'"'"'!A0 Trade hit $1 billion in April.' \
	'Imports;=1+1;rose;@SUM(1+1) to $4 billion in March;	=2+2	said one;-3+4 another.' > "$tmp/hostile.txt"
"$TRADESTAT" --db "$db" ingest --date 2024-06-10 "$tmp/hostile.txt" 2>/dev/null
"$TRADESTAT" --db "$db" validate > /dev/null 2>&1
for what in claims findings; do
	"$TRADESTAT" --db "$db" export "$what" -o "$tmp/$what.csv"
done
"$TRADESTAT" --db "$db" export series -o "$tmp/series.csv"
"$TRADESTAT" --db "$db" export series --layout wide -o "$tmp/series_wide.csv"
"$TRADESTAT" --db "$db" export series --bom -o "$tmp/series_bom.csv"
"$TRADESTAT" --db "$db" export series --revisions -o "$tmp/revisions.csv"
# The report's own CSVs too (the revisions of each revised series among them).
"$TRADESTAT" --db "$db" report -o "$tmp/report" 2>/dev/null
for f in "$tmp"/report/*.csv; do cp "$f" "$tmp/report_$(basename "$f")"; done
mkdir -p "$tmp/calc"
# Comma-separated, double quotes, UTF-8 (76): what a user's Calc does with a .csv.
for f in "$tmp"/*.csv; do
	soffice --headless --norestore --convert-to fods --outdir "$tmp/calc" \
		--infilter="CSV:44,34,76,1" "$f" > /dev/null 2>&1
done
python3 "$top/tests/spreadsheet/check_fods.py" "$tmp/calc"
# Opened with ';' (59) or TAB (9) as separator, as much of Europe does: the
# fields split at those, and no piece may become a formula (issue 11).
for sep in 59 9; do
	mkdir -p "$tmp/calc-$sep"
	for f in claims findings; do
		soffice --headless --norestore --convert-to fods --outdir "$tmp/calc-$sep" \
			--infilter="CSV:$sep,34,76,1" "$tmp/$f.csv" > /dev/null 2>&1
	done
	python3 "$top/tests/spreadsheet/check_fods.py" --formulas-only "$tmp/calc-$sep"
done
# The report as Excel opens it in much of Europe: ';' between cells, ',' as the
# decimal sign, read in a German locale (1031): numbers must still be numbers.
"$TRADESTAT" --db "$db" report -o "$tmp/report-de" --delimiter ';' --decimal-comma --bom 2>/dev/null
mkdir -p "$tmp/calc-de"
for f in "$tmp"/report-de/*.csv; do
	soffice --headless --norestore --convert-to fods --outdir "$tmp/calc-de" \
		--infilter="CSV:59,34,76,1,,1031" "$f" > /dev/null 2>&1
done
python3 "$top/tests/spreadsheet/check_fods.py" --typed "$tmp/calc-de"
