#!/bin/sh
# run.sh - `make eval`: precision, recall and F1 of `tradestat extract` on
# (a) the seed articles against the hand-written gold file, (b) the English
# Recognizers-Text specs, (c) the Reuters-21578 stories, with the hand-checked
# sample of tests/eval/reuters_sample.csv.
#
#   TRADESTAT  the binary to score (default ./build/tradestat)
#   ASAN       the sanitizer build, run over Reuters too ("" to skip)
#   EVAL       the shared corpora (default ../shared/eval)
set -eu
TOP=$(cd "$(dirname "$0")/../.." && pwd)
T=${TRADESTAT:-$TOP/build/tradestat}
ASAN=${ASAN-$TOP/build/asan/tradestat}
EVAL=${EVAL:-$TOP/../shared/eval}
[ -x "$ASAN" ] || ASAN=
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$TOP"
"$T" extract --dates data/articles/dates.csv data/articles/*.txt > "$tmp/seeds.csv"
python3 tests/eval/score.py seeds tests/eval/seeds.gold.csv "$tmp/seeds.csv"
echo
python3 tests/eval/score.py rt "$EVAL/recognizers-text" "$T"
echo
python3 tests/eval/score.py reuters "$EVAL/reuters21578" "$T" "$ASAN" tests/eval/reuters_sample.csv
