# validate: -q prints the summary line only, --severity filters what is
# printed, --rule replaces only that rule's findings.
. "$TOP/tests/cli/lib.sh"
"$TOP/data/demo.sh" demo > /dev/null 2>&1 || fail "demo"
v() { "$TRADESTAT" --db demo/tradestat.db validate "$@"; }
# -q: nothing on stdout, one line on stderr; the findings are stored all the same.
v -q > out 2> err || fail "validate -q"
[ ! -s out ] || fail "-q printed findings"
[ "$(cat err)" = "validate: 26 claims checked: 6 errors, 2 warnings, 76 info" ] || fail "summary: $(cat err)"
[ "$(sqlite3 demo/tradestat.db 'SELECT count(*) FROM finding')" = 84 ] || fail "-q stored no findings"
# --severity error: the six errors only (seed 004's two, against CN.IMP.RU,
# the demo's SDMX copy of it and Comtrade's TOTAL); warning: eight; in CSV too.
v --severity error > out 2>/dev/null
[ "$(grep -c '^error ' out)" = 6 ] && ! grep -q '^warning \|^info ' out || fail "--severity error: $(cut -c1-20 out)"
v --severity warning --format csv > out.csv 2>/dev/null
[ "$(tail -n +2 out.csv | cut -d, -f2 | sort | uniq -c | tr -s ' ' | tr '\n' '/')" = " 6 error/ 2 warning/" ] \
	|| fail "--severity warning CSV: $(cut -d, -f2 out.csv | sort | uniq -c)"
expect_exit 2 v --severity info
# -q with --fail-on still says so by its exit status.
expect_exit 1 v -q --fail-on error
# --rule fx replaces fx's finding only: the other rules' findings stay for the report.
before=$(sqlite3 demo/tradestat.db "SELECT rule, count(*) FROM finding WHERE rule <> 'fx' GROUP BY rule")
v --rule fx > out 2> err || fail "--rule fx"
after=$(sqlite3 demo/tradestat.db "SELECT rule, count(*) FROM finding WHERE rule <> 'fx' GROUP BY rule")
[ "$before" = "$after" ] && [ -n "$after" ] || fail "--rule fx wiped other rules: $after"
[ "$(sqlite3 demo/tradestat.db "SELECT count(*) FROM finding WHERE rule = 'fx'")" = 1 ] || fail "fx not rerun"
[ "$(cat err)" = "validate: 26 claims checked by rule fx: 0 errors, 0 warnings, 1 info" ] || fail "rule summary: $(cat err)"
# It prints only what it ran.
[ "$(grep -c '^[a-z]' out)" = 1 ] && grep -q '^info    fx ' out || fail "--rule printed other rules: $(cut -c1-30 out)"
# And a report made now still has every rule's findings.
"$TRADESTAT" --db demo/tradestat.db report -o rep 2>/dev/null
grep -q '<td>growth</td><td class="error">error</td><td class="n">6</td>' rep/index.html || fail "the report lost growth's errors"
# A mistyped option gets a suggestion.
v --sevrity error 2> err && fail "a mistyped option ran"
grep -q "did you mean '--severity'" err || fail "no suggestion: $(cat err)"
