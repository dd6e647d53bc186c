#!/bin/sh
# plots/examples/make.sh - redraws the README's example charts (PNG) from the
# demo (data/demo.sh) and the synthetic 28-series release of tests/data.
# TRADESTAT names the binary (default ./tradestat). Run from anywhere.
set -eu
cd "$(dirname "$0")/../.."
ts=${TRADESTAT:-./tradestat}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
TRADESTAT=$ts data/demo.sh "$tmp/demo" > /dev/null 2>&1
db=$tmp/demo/tradestat.db
out=plots/examples
"$ts" --db "$db" plot CN.IMP.RU -o "$out/cn_imports_from_ru.png"
"$ts" --db "$db" plot IMPCH EXCHUS --from 2005 -o "$out/impch_exchus.png"
"$ts" --db "$db" plot IMPCH --revisions --from 2014 --to 2019 -o "$out/impch_revisions.png"
"$ts" --db "$tmp/eu.db" init > /dev/null
"$ts" --db "$tmp/eu.db" import --vintage 2026-11-30 --source "synthetic test data (tests/data)" \
	tests/data/eu28_synthetic.csv 2> /dev/null
"$ts" --db "$tmp/eu.db" plot $(sqlite3 "$tmp/eu.db" 'SELECT code FROM series ORDER BY code') \
	-o "$out/eu28_synthetic.png"
