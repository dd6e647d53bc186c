# A bulk ingest drops the claims' subject index and leaves it to validate
# (cmd/ingest.c, invariant 6); the readers that use it (plot_claims.sql:
# plot, report) give the same answers without it, only slower. The demo's
# store, the index dropped: every series' gnuplot script (its claims as
# points, flagged or not) and the report's CSVs are byte for byte those
# with the index; validate builds it again.
. "$TOP/tests/cli/lib.sh"
"$TRADESTAT" --db t.db init > /dev/null
TRADESTAT="$TRADESTAT" "$TOP/data/monthly.sh" --db t.db --report rep0 --releases "$DATA/series" \
	--articles "$DATA/articles" > /dev/null 2>&1 || [ $? = 1 ] || fail "monthly.sh failed"
ixdef="CREATE INDEX claim_subject ON claim (measure, period, reporter, partner, flow)"
def() { sqlite3 t.db "SELECT sql FROM sqlite_schema WHERE name = 'claim_subject'"; }
[ "$(def)" = "$ixdef" ] || fail "no subject index after the demo: '$(def)'"
codes=$(sqlite3 t.db "SELECT code FROM series ORDER BY code")
[ "$(echo "$codes" | wc -l)" -ge 5 ] || fail "only $(echo "$codes" | wc -l) series"
scripts() {
	mkdir -p "$1"
	for c in $codes; do
		ts plot -o "$c.svg" --script "$1/$c.gp" "$c" 2> /dev/null || fail "plot $c failed"
	done
}
scripts with
grep -q "linestyle 101 title .claim with a finding" with/*.gp || fail "no flagged claim drawn on any chart"
ts report -o rep1 2> /dev/null || fail "report failed"
sqlite3 t.db "DROP INDEX claim_subject"
scripts without
ts report -o rep2 2> /dev/null || fail "report without the index failed"
for c in $codes; do
	cmp -s "with/$c.gp" "without/$c.gp" || fail "$c drawn otherwise without the index: $(diff "with/$c.gp" "without/$c.gp" | head -3)"
done
for f in rep1/*.csv; do
	cmp -s "$f" "rep2/$(basename "$f")" || fail "report's $(basename "$f") differs without the index"
done
ts validate -q 2> /dev/null || [ $? = 1 ] || fail "validate failed"
[ "$(def)" = "$ixdef" ] || fail "validate did not build the index again: '$(def)'"
