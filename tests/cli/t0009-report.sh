# report: the bundle; hostile series codes make safe, distinct file names and
# escaped HTML; the folder is replaced whole, and only if it is a bundle.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
cat > rel.csv <<'C'
series,period,value,unit,title
A/B,2023-01,1000000000,USD,<script>alert(1)</script>
A_B,2023-01,2000000000,USD,plain
../../etc,2023-01,3000000000,USD,dots
EMPTY,2023-01,,USD,no values
QUIET,2023-01,5,t,no claims
C
ts import --vintage 2024-01-01 rel.csv 2>/dev/null
# A claim in US dollars for January 2023 with no subject: drawn on the three.
printf 'The figure was $2 billion in January.\n' > a.txt
ts ingest --date 2023-02-10 a.txt 2>/dev/null
ts report -o bundle 2> err || { cat err; fail "report failed"; }
# Every series with values has a chart, with claims or without (QUIET).
for f in index.html series.csv series_wide.csv revisions.csv claims.csv findings.csv A_B.svg \
	A_B-2.svg _._.._etc.svg QUIET.svg; do
	[ -s "bundle/$f" ] || fail "missing bundle/$f: $(ls bundle)"
done
[ "$(ls bundle | wc -l)" = 10 ] || fail "unexpected files: $(ls bundle)"
grep -q '^bundle: 5 CSV files, 4 charts, index.html$' err || fail "summary: $(cat err)"
[ -e bundle/.tradestat-report ] || fail "no marker"
[ ! -e etc.svg ] && [ ! -e ../etc.svg ] || fail "a chart escaped the bundle"
! grep -q '<script>' bundle/index.html || fail "title not escaped"
grep -q '&lt;script&gt;' bundle/index.html || fail "escaped title missing"
! grep -q 'EMPTY' bundle/index.html || fail "a series without values charted"
grep -q 'src="QUIET.svg"' bundle/index.html || fail "a series without claims has no chart"
# A second run replaces the bundle whole: a stray file does not survive.
touch bundle/stray.txt
ts report -o bundle 2>/dev/null || fail "second report"
[ ! -e bundle/stray.txt ] || fail "the old bundle was not replaced"
[ "$(ls -d bundle* | wc -l)" = 1 ] || fail "temporary folders left: $(ls -d bundle*)"
# A folder that is not a bundle is never replaced.
mkdir precious && echo keep > precious/thesis.tex
expect_exit 2 ts report -o precious
[ "$(cat precious/thesis.tex)" = keep ] || fail "a non-bundle folder was touched"
# A failed run (an unwritable style) leaves the previous bundle as it was.
before=$(ls bundle | tr '\n' ' ')
expect_exit 3 ts report -o bundle --style /nonexistent.gp
[ "$(ls bundle | tr '\n' ' ')" = "$before" ] || fail "a failed run changed the bundle"
# An empty database still gives a bundle (wide export of nothing).
"$TRADESTAT" --db empty.db init > /dev/null
"$TRADESTAT" --db empty.db report -o empty 2>/dev/null || fail "report of an empty database"
[ "$(cat empty/series_wide.csv)" = period ] || fail "wide export of nothing: $(cat empty/series_wide.csv)"
# Usage errors create no database.
expect_exit 2 "$TRADESTAT" --db none.db import --bogus x.csv
expect_exit 2 "$TRADESTAT" --db none.db validate --rule nosuchrule
[ ! -e none.db ] || fail "a usage error created a database"
