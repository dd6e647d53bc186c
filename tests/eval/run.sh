#!/bin/sh
# run.sh - `make eval`: precision, recall and F1 of `tradestat extract` on
# (a) the seed articles against the hand-written gold file, (b) the English
# Recognizers-Text specs, (c) the Reuters-21578 stories, with the hand-checked
# sample of tests/eval/reuters_sample.csv; then (d) every field, per half
# (dev/test), of the gold suites: the seeds, the six-styles texts
# (tests/eval/gold/styles.gold.csv over tests/eval/styles/) and, when present,
# Reuters-21578 stories (tests/eval/gold/reuters.gold.csv); tests/eval/gold/STYLES.md;
# (d') the same per annotation batch (tests/eval/batches.py: blind batches
# apart from tuned ones); (e) the validator on the whole Reuters-21578 archive (validator.sh).
#
#   TRADESTAT  the binary to score (default ./build/tradestat)
#   ASAN       the sanitizer build, run over Reuters too ("" to skip)
#   EVAL       the shared corpora (default ../shared/eval)
#   DETAILS    1: list the wrong fields, misses and extras of the gold suites'
#              dev halves (never the test half)
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
echo
# The scorer's own test first: a gold score from a broken scorer is worthless.
if ! python3 tests/eval/test_score.py -q 2>"$tmp/selftest"; then
    cat "$tmp/selftest" >&2
    exit 1
fi
echo "score.py self-test (tests/eval/test_score.py): $(sed -n 's/^Ran //p' "$tmp/selftest"), ok"
D=
[ "${DETAILS:-}" = 1 ] && D=--details
python3 tests/eval/score.py gold seeds tests/eval/seeds.gold.csv data/articles \
    --tradestat "$T" --dates data/articles/dates.csv $D
echo
python3 tests/eval/score.py gold styles tests/eval/gold/styles.gold.csv tests/eval \
    --tradestat "$T" $D
if [ -f tests/eval/gold/reuters.gold.csv ]; then
    echo
    python3 tests/eval/score.py gold reuters tests/eval/gold/reuters.gold.csv \
        "$EVAL/reuters21578" --tradestat "$T" $D
fi
if [ -f tests/eval/gold/reuters.gold.csv ]; then
    echo
    echo "(d') every field right, per gold batch and half (tests/eval/batches.py):"
    REUTERS="$EVAL/reuters21578" python3 tests/eval/batches.py table "$T"
fi
echo
# The validator on the whole archive (issue 16): counts per rule and severity,
# the warnings and errors to check, the precision of those checked.
TRADESTAT="$T" EVAL="$EVAL" sh tests/eval/validator.sh
