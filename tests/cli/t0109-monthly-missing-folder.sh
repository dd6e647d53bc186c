# data/monthly.sh with a folder that does not exist (branch user4): a typo in
# --articles or --releases, or a month's folder never made, is said and exits
# 2 instead of passing as an empty month ("0 articles read", exit 0); the
# report is written all the same; an empty folder is still an empty month.
. "$TOP/tests/cli/lib.sh"
monthly() { TRADESTAT="$TRADESTAT" "$TOP/data/monthly.sh" "$@"; }
"$TRADESTAT" --db m.db init > /dev/null
mkdir rel
cp "$DATA/series/impch_us_imports_from_china_snapshot_2017-03-03.csv" \
	"$DATA/series/impch_us_imports_from_china_snapshot_2017-03-03.csv.args" rel/

# --articles names no folder: exit 2, said first, the releases imported and
# the report written.
expect_exit 2 monthly --db m.db --report rep --releases rel --articles newz 2> err
head -1 err | grep -q "^monthly: no folder 'newz' (--articles): nothing read from it" \
	|| fail "missing articles folder: $(cat err)"
tail -1 err | grep -q '^monthly: 1 new release (121 values), 0 new articles (0 claims); .*; FAILED: articles (exit 2)$' \
	|| fail "summary: $(tail -1 err)"
[ -s rep/index.html ] || fail "no report after a missing folder"

# --releases names no folder: the same, and the highest status still wins
# (a bad article, 3, over 2).
mkdir news
printf 'Exports were \000 $5 billion.\n' > news/bad.txt
expect_exit 3 monthly --db m.db --report rep --releases rels --articles news 2> err
grep -q "^monthly: no folder 'rels' (--releases)" err || fail "missing releases folder: $(cat err)"
tail -1 err | grep -q 'FAILED: releases ingest (exit 3)$' || fail "summary: $(tail -1 err)"

# The report's claims table: figures, not the dates read from an article (its
# dateline, "March 5"), which claims.csv keeps, with an empty value (not 0).
rm news/bad.txt
printf 'date: 1987-03-05\nJAPAN EXPORTS RISE\n\nTOKYO, March 5 - Japan'"'"'s exports rose 5 pct to 20 billion dlrs in February.\n' > news/jp.txt
monthly --db m.db --report rep --articles news 2> err || fail "an article: $(cat err)"
grep -q '<td>20 billion dlrs</td>' rep/index.html || fail "the figure is not in the claims table"
grep -q '<td>March 5</td>\|<td>1987-03-05</td>' rep/index.html && fail "a date in the claims table"
grep -q ',March 5,date,,' rep/claims.csv && grep -q ',1987-03-05,date,,' rep/claims.csv \
	|| fail "claims.csv lost the dates, or gave them a value: $(cut -c1-80 rep/claims.csv)"
mv news/jp.txt .

# A later release revises 2014-01 on: the report's revisions chart starts in
# 2013, the year before the first period revised, not in 1985 with the
# revisions a hairline at its right end; the page says so.
cp "$DATA/series/impch_us_imports_from_china_snapshot_2019-05-10.csv" \
	"$DATA/series/impch_us_imports_from_china_snapshot_2019-05-10.csv.args" rel/
monthly --db m.db --report rep --releases rel 2> err || fail "second release: $(cat err)"
grep -q 'IMPCH-revisions.csv</a> (the chart from 2013, the year before the first period revised)' rep/index.html \
	|| fail "revisions note: $(grep 'Revisions:' rep/index.html)"
grep -q '>2013<' rep/IMPCH-revisions.svg && ! grep -q '>1990<' rep/IMPCH-revisions.svg \
	|| fail "revisions chart range: $(grep -o '>[12][0-9][0-9][0-9]<' rep/IMPCH-revisions.svg | tr '\n' ' ')"
grep -q '>1990<' rep/IMPCH.svg || fail "the series chart lost its early years"

# Empty folders: an empty month, exit 0, one line.
mkdir none
monthly --db m.db --report rep --releases none --articles news 2> err || fail "empty month: $(cat err)"
[ "$(wc -l < err)" = 1 ] && grep -q '^monthly: nothing new: 0 release files and 0 articles read' err \
	|| fail "empty month: $(cat err)"
exit 0
