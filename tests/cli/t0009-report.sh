# report: the bundle; hostile series codes make safe, distinct file names and escaped HTML.
. "$TOP/tests/cli/lib.sh"
cat > rel.csv <<'C'
series,period,value,unit,title
A/B,2023-01,1,USD,<script>alert(1)</script>
A_B,2023-01,2,USD,plain
../../etc,2023-01,3,USD,dots
EMPTY,2023-01,,USD,no values
C
ts import --vintage 2024-01-01 rel.csv 2>/dev/null
ts report -o bundle 2> err || { cat err; fail "report failed"; }
for f in index.html series.csv series_wide.csv claims.csv findings.csv A_B.svg A_B-2.svg _._.._etc.svg; do
	[ -s "bundle/$f" ] || fail "missing bundle/$f: $(ls bundle)"
done
[ "$(ls bundle | wc -l)" = 8 ] || fail "unexpected files: $(ls bundle)"
[ ! -e etc.svg ] && [ ! -e ../etc.svg ] || fail "a chart escaped the bundle"
! grep -q '<script>' bundle/index.html || fail "title not escaped"
grep -q '&lt;script&gt;' bundle/index.html || fail "escaped title missing"
# A series without values gets no chart and does not stop the bundle.
! grep -q 'EMPTY' bundle/index.html || fail "empty series listed"
# An empty database still gives a bundle (wide export of nothing).
"$TRADESTAT" --db empty.db init > /dev/null
"$TRADESTAT" --db empty.db report -o empty 2>/dev/null || fail "report of an empty database"
[ "$(cat empty/series_wide.csv)" = period ] || fail "wide export of nothing: $(cat empty/series_wide.csv)"
# Usage errors create no database.
expect_exit 2 "$TRADESTAT" --db none.db import --bogus x.csv
expect_exit 2 "$TRADESTAT" --db none.db validate --rule nosuchrule
[ ! -e none.db ] || fail "a usage error created a database"
