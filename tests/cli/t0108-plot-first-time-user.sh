# plot and export as a first-time user meets them (branch user4): a code in
# the wrong case or a part of a name gets "did you mean", not a pointer to a
# dump of every value; a --from/--to past the data is a usage error (exit 2)
# naming the periods the series cover, not a database error (4); a chart of
# four series names all four when they fit a line; a series imported without
# a title (SDMX-CSV, or a file read through a column map) is named from its
# reporter, flow and partner, its code kept.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
ts import --vintage 2024-01-31 "$DATA/series/imf_dots_cn_imports_from_ru_sdmx2.csv" 2>/dev/null
ts import --vintage 2026-02-28 --scale million --unit USD --source FRED \
	--title "U.S. imports of goods from China" \
	"$DATA/series/impch_us_imports_from_china_snapshot_2026-02-28.csv" 2>/dev/null
# Four exchange rates read through a column map, no title: the names are the codes.
for c in China Japan Korea Taiwan; do
	printf 'Date,Rate\n2023-01-01,1.5\n2023-02-01,1.6\n2023-03-01,1.7\n' > "$c.csv"
	ts import --vintage 2024-01-01 --series "$c" --period-column Date --value-column Rate \
		"$c.csv" 2>/dev/null
done

# A mistyped code: what it may have meant, exit 2, nothing written.
expect_exit 2 ts plot impch -o a.svg 2> err
grep -q "no series 'impch' (did you mean IMPCH?)" err || fail "case: $(cat err)"
grep -q 'export series' err && fail "points at a dump of every value: $(cat err)"
expect_exit 2 ts plot TMG_CIF -o a.svg 2> err
grep -q "(did you mean DOT.M.CN.TMG_CIF_USD.RU?)" err || fail "part of a code: $(cat err)"
expect_exit 2 ts export series --series 'u.s. imports' 2> err
grep -q "(did you mean IMPCH?)" err || fail "part of a title: $(cat err)"
expect_exit 2 ts plot NOPE -o a.svg 2> err
grep -q "no series 'NOPE': the database holds 6 series: China, DOT.M.CN.TMG_CIF_USD.RU, IMPCH, Japan, Korea, \.\.\.$" err \
	|| fail "nothing near: $(cat err)"
[ ! -e a.svg ] || fail "a refused plot wrote a file"

# Periods past the data: a usage error that says what the data covers.
expect_exit 2 ts plot IMPCH --from 2030 -o b.svg 2> err
grep -q "nothing to plot in the periods asked for (--from 2030): IMPCH has values from 1985-01 to 2025-12" err \
	|| fail "empty range: $(cat err)"
expect_exit 2 ts plot IMPCH China --from 1970 --to 1980-06 -o b.svg 2> err
grep -q "(--from 1970 --to 1980-06): the series have values from 1985-01 to 2025-12" err \
	|| fail "empty range, two series: $(cat err)"
[ ! -e b.svg ] || fail "an empty range wrote a file"
# A range that holds one month still draws.
ts plot IMPCH --from 2025-12 -o c.svg 2>/dev/null || fail "one month in range"

# Four series: all four named when they fit.
ts plot China Japan Korea Taiwan -o d.svg --script d.gp 2>/dev/null
grep -q "^set title 'China, Japan, Korea and Taiwan' noenhanced$" d.gp \
	|| fail "four titles: $(grep '^set title ' d.gp)"

# A series without a title: named from its subject, the code kept, in the
# title and in the key.
ts plot DOT.M.CN.TMG_CIF_USD.RU IMPCH -o e.svg --script e.gp 2>/dev/null
grep -q "China imports from Russia (DOT.M.CN.TMG_CIF_USD.RU)' noenhanced" e.gp \
	|| fail "untitled series: $(grep "title '" e.gp | head -3)"
grep -q "^set title 'China imports from Russia (DOT.M.CN.TMG_CIF_USD.RU) and U.S. imports of goods from China' noenhanced$" e.gp \
	|| fail "title of two: $(grep '^set title ' e.gp)"
# The report's heading for it too (its code before the name).
ts report -o rep 2>/dev/null
grep -q '<h3>DOT.M.CN.TMG_CIF_USD.RU: China imports from Russia (' rep/index.html \
	|| fail "report heading: $(grep '<h3>DOT' rep/index.html)"

# export --as-of a date before every release: the header only, and why.
ts export series --as-of 1900-01-01 -o old.csv 2> err || fail "as-of before every release: exit $?"
[ "$(wc -l < old.csv)" = 1 ] || fail "as-of 1900 wrote rows"
grep -q "^export: nothing was known as of 1900-01-01: the first release stored is dated 2024-01-01, so only the header was written$" err \
	|| fail "as-of before every release: $(cat err)"
ts export series --series IMPCH --as-of 2025-01-01 > imp.csv 2> err
grep -q "first release stored of IMPCH is dated 2026-02-28" err || fail "as-of, one series: $(cat err)"
ts export series --as-of 2024-06-01 > some.csv 2> err
[ ! -s err ] && [ "$(wc -l < some.csv)" -gt 1 ] || fail "as-of with values: $(cat err)"
exit 0
