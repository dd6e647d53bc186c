#!/bin/sh
# tests/report/check.sh - the report opened in a real browser (make check-report).
#
# Runs the demo (data/demo.sh) into build/check-report/, then opens its
# report/index.html in headless Chromium through check.html, which asks the
# browser to load every chart image and every linked CSV and checks that
# every series has a chart; fails on the first thing that does not load.
# Saves a screenshot of the page, build/check-report/index.png, to look at.
# TRADESTAT names the binary; CHROMIUM the browser (default: chromium).
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
out=$top/build/check-report
browser=${CHROMIUM:-chromium}
rm -rf "$out"
mkdir -p "$out"
TRADESTAT=${TRADESTAT:-$top/tradestat} "$top/data/demo.sh" "$out/demo" > "$out/demo.log" 2>&1 ||
	{ tail -20 "$out/demo.log"; echo "check-report: the demo failed" >&2; exit 1; }
report=$out/demo/report
[ -s "$report/index.html" ] || { echo "check-report: no $report/index.html" >&2; exit 1; }
# A claim from an article that names no publication is keyed by its title in
# quotes (a reader's name for the story), not by words of its body.
grep -q '“Despite criticism from the West, China…” (2024-05-22)' "$report/CN.IMP.RU.svg" ||
	{ echo "check-report: CN.IMP.RU.svg does not key 001's claims by its title" >&2; exit 1; }
cp "$top/tests/report/check.html" "$out/check.html"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
run_browser() {
	"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
		--disable-component-update --disable-sync --no-first-run \
		--user-data-dir="$profile" "$@" 2>> "$out/chromium.log"
}
# check.html reads the bundle's files: file:// pages may read files only with
# --allow-file-access-from-files (the flag is for this test page alone).
run_browser --allow-file-access-from-files --virtual-time-budget=20000 --dump-dom \
	"file://$out/check.html?$report/" > "$out/check.dom" || true
sed -n '/<pre id="out">/,/DONE/p' "$out/check.dom" | sed 's/<[^>]*>//g' > "$out/check.txt"
cat "$out/check.txt"
grep -q '^DONE' "$out/check.txt" || { echo "check-report: the check page did not finish" >&2; exit 1; }
grep -q '^PASSED' "$out/check.txt" || { echo "check-report: FAILED (see above)" >&2; exit 1; }
run_browser --screenshot="$out/index.png" --window-size=1280,2600 --hide-scrollbars \
	"file://$report/index.html" > /dev/null || true
[ -s "$out/index.png" ] || { echo "check-report: no screenshot" >&2; exit 1; }
echo "check-report: $(grep -c '^ok image' "$out/check.txt") images and" \
	"$(grep -c '^ok csv' "$out/check.txt") CSV files load; screenshot $out/index.png"
