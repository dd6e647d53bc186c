# validate: every rule on the five seed articles with the shipped series (issue 4,
# "On the seeds with the shipped data"). Each expected finding is named below.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
A="$DATA/articles"
S="$DATA/series"
ts import --vintage-column reported_on --source GACC "$S/cn_imports_from_ru_as_reported.csv" 2>/dev/null
ts import --vintage 2026-07-21 --source FRED --series EXCHUS --period-column Date \
	--value-column "Exchange rate" --unit CNY/USD "$S/exchus_cny_per_usd_monthly.csv" 2>/dev/null
ts ingest --dates "$A/dates.csv" "$A"/*.txt 2>/dev/null
expect_exit 1 ts validate --fail-on error > out.txt 2> err
# The text names the release compared by its date, read by column name
# (issue 12: by position it printed the source once a column went).
grep -q 'vs series CN.IMP.RU 2023-08 (vintage of 2023-09-07)$' out.txt || fail "vintage: $(grep 'vs series' out.txt | head -2)"
grep -q 'vintage of GACC' out.txt && fail "the source where the vintage's date goes"

# n RULE SEVERITY WHERE: how many findings of RULE at SEVERITY whose claim
# (c), other claim (o) and finding (f) satisfy WHERE.
n() {
	count "SELECT count(*) FROM finding f JOIN claim c ON c.id = f.claim
	       JOIN document d ON d.id = c.document LEFT JOIN claim o ON o.id = f.other_claim
	       WHERE f.rule = '$1' AND f.severity = '$2' AND ($3)"
}
want() { # want N RULE SEVERITY WHERE -- what
	got=$(n "$2" "$3" "$4")
	[ "$got" = "$1" ] || fail "$6: $got findings ($2 $3 where $4), expected $1"
}
doc4="d.path LIKE '%/004_%'"

# Agreement: $11.5 billion and 3% agree across all five articles (ten pairs each).
want 10 agreement info "c.text = '\$11.5 billion'" -- "\$11.5 billion agrees pairwise"
want 10 agreement info "c.measure = 'change_yoy' AND c.value = 3" -- "3% agrees pairwise"
want 0 agreement warning "1" -- "no disagreement between articles"
want 0 agreement error "1" -- "no disagreement between articles"

# Official: each article's $11.5 billion against CN.IMP.RU 2023-08, latest vintage and
# the one current when it appeared.
want 5 official info "c.text = '\$11.5 billion' AND f.series = 'CN.IMP.RU' AND f.period = '2023-08'" \
	-- "\$11.5 billion against the series"
grep -q "also current when the article appeared on 2023-09-19" out.txt || fail "official names the vintage then"

# Growth: 3% year-on-year is +2.7% (agrees, all five); the July -8% is -8.2% (agrees);
# "+8% compared to July 2023" (004) is +25%: an error, twice (against the series, and
# $11.5 billion with +8% implying 10.65 bn for July, which was 9.2 bn).
want 5 growth info "c.measure = 'change_yoy' AND c.value = 3 AND f.other_claim IS NULL AND round(f.expected, 1) = 2.7" \
	-- "3% yoy against CN.IMP.RU"
want 5 growth info "c.measure = 'change_yoy' AND o.text = '\$11.5 billion' AND f.period = '2022-08'" \
	-- "3% to \$11.5 billion implies August 2022"
# 001 ("the 8% decline seen in July", subject from the sentence before) and 002.
want 2 growth info "c.period = '2023-07' AND c.value = 8 AND c.direction = 'down' AND round(f.expected, 1) = -8.2" \
	-- "July decline of 8% against CN.IMP.RU"
want 1 growth error "$doc4 AND c.text = '+8%' AND f.other_claim IS NULL AND f.expected = 25" \
	-- "+8% compared to July 2023 is +25%"
want 1 growth error "$doc4 AND c.text = '+8%' AND o.text = '\$11.5 billion' AND f.period = '2023-07'" \
	-- "\$11.5 billion with +8% over July"
grep -q "disagrees with the month-on-month change: CN.IMP.RU 2023-08 over 2023-07 is +25.0%" out.txt \
	|| fail "growth message for +8%"

# Attribution: 004 credits the customs figures to the State Bureau of Statistics.
want 2 attribution warning "$doc4 AND f.message LIKE '%''State Bureau of Statistics''%customs%'" \
	-- "State Bureau of Statistics against customs"

# Fx: 5 billion yuan ($685 million) is 7.2993 CNY/USD; EXCHUS 2023-09 is 7.2979.
want 1 fx info "c.text = '\$685 million' AND o.text = '5 billion yuan' AND f.series = 'EXCHUS' AND f.period = '2023-09'" \
	-- "yuan/dollar pair against September's rate"
grep -q "implies 7.299 CNY/USD.*EXCHUS 2023-09 (the month of the article) = 7.298.*which agrees" out.txt \
	|| fail "fx message names both rates"

# Calendar: the three weekdays written with dates are right.
want 3 calendar info "1" -- "weekdays fit their dates"

# Nothing else is a warning or an error: figures that agree raise none.
[ "$(count "SELECT count(*) FROM finding WHERE severity = 'error'")" = 2 ] || fail "errors other than 004's +8%"
[ "$(count "SELECT count(*) FROM finding WHERE severity = 'warning'")" = 2 ] || fail "warnings other than attribution"
grep -q 'claims checked: 2 errors, 2 warnings' err || fail "summary: $(cat err)"

# The CSV names the vintage each finding was checked against.
ts validate --format csv > f.csv
i=$(col_index f.csv vintage)
[ -n "$i" ] || fail "no vintage column: $(head -1 f.csv)"
python3 - f.csv <<'PY' || fail "vintages in CSV"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='')))
fx = [r for r in rows if r['rule'] == 'fx']
assert len(fx) == 1 and fx[0]['vintage'] == '2026-07-21' and fx[0]['series'] == 'EXCHUS', fx
off = [r for r in rows if r['rule'] == 'official']
assert off and all(r['vintage'] == '2023-09-07' and r['series'] == 'CN.IMP.RU' and r['period'] == '2023-08' for r in off), off
assert all(r['vintage'] == '' for r in rows if r['rule'] in ('agreement', 'calendar', 'attribution'))
PY
# One rule alone, by name.
ts validate --rule fx --format csv > fx.csv 2>/dev/null
[ "$(grep -c '^fx,' fx.csv)" = 1 ] || fail "--rule fx"
