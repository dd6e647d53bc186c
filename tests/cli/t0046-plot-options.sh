# plot: --from/--to, one axis per unit (a second y axis, then panels),
# --revisions as first print against latest with bars, an unknown series is
# a usage error (exit 2), ticks by frequency, claims labelled by headline.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
ts import --vintage-column reported_on "$DATA/series/cn_imports_from_ru_as_reported.csv" 2>/dev/null
for v in 2017-03-03 2019-05-10; do
	ts import --vintage "$v" --scale million --unit USD --source FRED \
		--title "U.S. imports of goods from China" \
		"$DATA/series/impch_us_imports_from_china_snapshot_$v.csv" 2>/dev/null
done
ts import --vintage 2026-07-21 --series EXCHUS --period-column Date --value-column "Exchange rate" \
	--unit CNY/USD "$DATA/series/exchus_cny_per_usd_monthly.csv" 2>/dev/null
ts ingest --dates "$DATA/articles/dates.csv" "$DATA"/articles/*.txt 2>/dev/null
ts validate -q 2>/dev/null

# --from/--to: only those periods reach the script; --to 2016 ends with December.
ts plot IMPCH --from 2015-07 --to 2016 -o a.svg --script a.gp
first=$(sed -n '/^\$s1 << EOD$/{n;p;}' a.gp | cut -d' ' -f1)
last=$(sed -n '/^\$s1 << EOD$/,/^EOD$/p' a.gp | grep -v EOD | tail -1 | cut -d' ' -f1)
[ "$first" = 2015-07-01 ] && [ "$last" = 2016-12-01 ] || fail "range $first..$last"
# Monthly data over 18 months: month labels.
grep -q "'Jul 2015' '2015-07-01'" a.gp || fail "month tick labels: $(grep 'set xtics (' a.gp | head -1)"
expect_exit 2 ts plot IMPCH --from 2015-13 -o b.svg
expect_exit 2 ts plot IMPCH --from 2017 --to 2016 -o b.svg
expect_exit 2 ts plot NOPE -o b.svg
expect_exit 2 ts plot IMPCH NOPE -o b.svg
[ ! -e b.svg ] || fail "a refused plot wrote a file"
ts plot IMPCH --from 2030 -o c.svg 2> err && fail "an empty range drew a chart"
grep -q 'nothing to plot in the periods asked for' err || fail "empty range message: $(cat err)"

# Two units: the rate on a right axis, never on the dollar axis.
ts plot IMPCH EXCHUS --from 2015 -o two.png --script two.gp
grep -q "^set ylabel 'US\$ billion' noenhanced$" two.gp || fail "left axis"
grep -q "^set y2label 'CNY per USD' noenhanced$" two.gp || fail "right axis"
grep -q '\$s2 using 1:2 axes x1y2' two.gp || fail "the rate is not on the right axis"
grep -q "(right axis)' noenhanced" two.gp || fail "the key does not say which axis"
grep -q "^set title 'U.S. imports of goods from China and " two.gp || fail "title covers both: $(grep '^set title ' two.gp)"
grep -q "Source: FRED, latest vintage 2019-05-10; " two.gp || fail "note covers both sources"
ts plot IMPCH EXCHUS --from 2015 -o two.png 2>/dev/null
[ "$(head -c 4 two.png | od -An -c | tr -d ' ')" = '211PNG' ] || fail "not a PNG"
# The plot area spans the width on the PNG itself (axis line in the style's grey).
python3 "$TOP/tests/cli/plotarea.py" two.png > area
awk '{ exit !($3 >= 0.75) }' area || fail "plot area $(cat area)"

# Three units: stacked panels. (A unitless index: its axis says nothing.)
printf 'series,period,value,title\nIDX,2015,100,Index\nIDX,2016,104,\n' > idx.csv
ts import --vintage 2024-01-01 idx.csv 2>/dev/null
ts plot IMPCH EXCHUS IDX --from 2015 --to 2016 -o three.svg --script three.gp
[ "$(grep -c '^set tmargin at screen' three.gp)" = 3 ] || fail "three panels"
grep -q "^set ylabel '' noenhanced$" three.gp || fail "unitless axis labelled"
! grep -q "label 'value" three.gp || fail "an axis says value"
ts plot IDX -o idx.svg --script idx.gp
grep -q "'2015' '2015-01-01', '2016' '2016-01-01'" idx.gp || fail "annual ticks: $(grep 'set xtics (' idx.gp)"

# --revisions: first prints dashed, the revision per period as bars below.
ts plot IMPCH --revisions --from 2015 -o r.svg --script r.gp
grep -q '^\$r1 << EOD$' r.gp && grep -q '\$r1 using 1:2 with boxes' r.gp || fail "no revision bars"
grep -q '\$f1 using 1:2 axes x1y1 with lines linetype 1 dashtype 2' r.gp || fail "no first print line"
# The bars are latest less first print: 2016-12 was 36.16 bn, then 36.07 bn? take the data.
bar=$(sed -n '/^\$r1 << EOD$/,/^EOD$/p' r.gp | grep '^2016-12-01 ' | cut -d' ' -f2)
want=$(sqlite3 t.db "SELECT round((SELECT value FROM observation_latest o JOIN series s ON s.id = o.series WHERE s.code = 'IMPCH' AND period = '2016-12') - (SELECT o.value FROM observation o JOIN vintage v ON v.id = o.vintage JOIN series s ON s.id = o.series WHERE s.code = 'IMPCH' AND o.period = '2016-12' ORDER BY v.released LIMIT 1), 0) / 1e9")
awk -v a="$bar" -v b="$want" 'BEGIN { d = a - b; exit !(d < 1e-6 && d > -1e-6 && (a != 0)) }' \
	|| fail "revision bar for 2016-12: $bar, want $want"
ts plot IMPCH --revisions --from 2015 -o r.png 2>/dev/null || fail "revisions PNG"

# Claims labelled by outlet (the manifest's column), else title in quotes,
# else the file's name, and date; never by words of the body (001's first
# line of three words is its site's slogan).
ts plot CN.IMP.RU -o cn.svg --script cn.gp
grep -q "title 'International Business Times Singapore (2023-09-19)' noenhanced" cn.gp \
	|| fail "outlet label: $(grep "NaN with points" cn.gp | head -3)"
grep -q "title '“Despite criticism from the West, China…” (2024-05-22)' noenhanced" cn.gp \
	|| fail "title label: $(grep "NaN with points" cn.gp | head -3)"
mkdir -p bare hostile
cp "$DATA/articles/001_599f679c58c850b0.txt" bare/
cp "$DATA/articles/001_599f679c58c850b0.txt" hostile/
u() { "$TRADESTAT" --db u.db "$@"; }
u init > /dev/null
u import --vintage-column reported_on "$DATA/series/cn_imports_from_ru_as_reported.csv" 2>/dev/null
u ingest bare/001_599f679c58c850b0.txt 2>/dev/null
u plot CN.IMP.RU -o u.svg --script u.gp 2>/dev/null
grep -q "title '001_599f679c58c850b0.txt (" u.gp || fail "no manifest, label: $(grep "NaN with points" u.gp)"
! grep -q "horizon expands" u.gp || fail "a label made of the body's words: $(grep "NaN with points" u.gp)"
# A manifest's title reaches gnuplot escaped: quotes, a backslash, a newline.
printf '%s\n' 'file,published,outlet,title' \
	'001_599f679c58c850b0.txt,2024-05-22,,"It'"'"'s ""x"" \ y' 'z"' > hostile/dates.csv
rm -f u.db && u init > /dev/null
u import --vintage-column reported_on "$DATA/series/cn_imports_from_ru_as_reported.csv" 2>/dev/null
u ingest --dates hostile/dates.csv hostile/001_599f679c58c850b0.txt 2>/dev/null
u plot CN.IMP.RU -o h.png --script h.gp 2>/dev/null
grep -q "title '“It'.\"'\".'s \"x\" \\\\ y z” (2024-05-22)' noenhanced" h.gp \
	|| fail "hostile title: $(grep "NaN with points" h.gp)"
u plot CN.IMP.RU -o h.png 2> h.err || fail "gnuplot on a hostile title: $(cat h.err)"
[ -s h.png ] || fail "no chart for a hostile title"
[ "$(sqlite3 t.db "SELECT outlet FROM document WHERE path LIKE '%004_%'")" = Pluralia ] || fail "outlet not stored"

# Two series of one subject (GACC's and the IMF's China imports from Russia):
# the title says the subject once, not "X and X (code)", and the keys tell the
# lines apart by source (by code when the lines have no source of their own);
# the claims about both are drawn once, not once per series.
ts import --vintage 2024-01-31 --source "IMF DOTS" \
	"$DATA/series/imf_dots_cn_imports_from_ru_sdmx2.csv" 2>/dev/null
ts plot CN.IMP.RU -o cn1.svg 2> one
ts plot CN.IMP.RU DOT.M.CN.TMG_CIF_USD.RU -o cn2.svg --script cn2.gp
grep -q "^set title 'China imports from Russia' noenhanced$" cn2.gp \
	|| fail "one subject, title: $(grep '^set title ' cn2.gp)"
grep -q "title 'IMF DOTS' noenhanced" cn2.gp || fail "key by source: $(grep 'NaN with lines' cn2.gp)"
! grep -q "title 'China imports from Russia (DOT" cn2.gp || fail "key repeats the title"
ts plot CN.IMP.RU DOT.M.CN.TMG_CIF_USD.RU -o cn2.svg 2> two
n1=$(sed -n 's/.*1 series, \([0-9]*\) claims drawn$/\1/p' one)
[ -n "$n1" ] && [ "$n1" -gt 0 ] && grep -q ": 2 series, $n1 claims drawn$" two \
	|| fail "claims drawn twice: $(cat one two)"
# A series of the subject and its January-to-date sum: the rest of the title keys it.
ts plot CN.IMP.RU CN.IMP.RU.YTD -o ytd.svg --script ytd.gp
grep -q "^set title 'China imports from Russia' noenhanced$" ytd.gp \
	|| fail "ytd title: $(grep '^set title ' ytd.gp)"
grep -q "title 'January to date' noenhanced" ytd.gp || fail "ytd key: $(grep 'NaN with lines' ytd.gp)"
grep -q "title 'CN.IMP.RU' noenhanced" ytd.gp || fail "key by code: $(grep 'NaN with lines' ytd.gp)"
# Different subjects are still joined.
ts plot CN.IMP.RU IMPCH -o mix.svg --script mix.gp
grep -q "^set title 'China imports from Russia and U.S. imports of goods from China' noenhanced$" mix.gp \
	|| fail "two subjects: $(grep '^set title ' mix.gp)"
# A long source note is cut into lines that fit the chart's width (an SVG is
# 960 wide: 146 characters of the note font), not run off its right edge.
printf 'series,period,value,unit,title\nLONG,2020,5,USD,A long-sourced series\nLONG,2021,6,USD,\n' > long.csv
ts import --vintage 2024-03-01 \
	--source "the statistical office of a country with a long name and its central bank, together" \
	long.csv 2>/dev/null
ts plot LONG IMPCH --from 2020 --to 2021 -o long.svg --script long.gp
notes=$(grep -c "^set label 9[01][0-9] 'Source:\|^set label 91[0-9] '" long.gp)
[ "$notes" -ge 2 ] || fail "the long note is one line: $(grep '^set label 9' long.gp)"
grep "^set label 9[01][0-9] '" long.gp | grep -v "^set label 902" | sed "s/^set label [0-9]* '\(.*\)' at screen.*/\1/" > note.txt
awk 'length($0) > 146 { bad = 1 } END { exit bad }' note.txt || fail "a note line wider than the chart: $(cat note.txt)"
grep -q 'together, latest vintage 2024-03-01;' note.txt && grep -q 'FRED, latest vintage 2019-05-10\.$' note.txt \
	|| fail "the note lost a source: $(cat note.txt)"
[ "$(grep -c "^unset label 91[0-9]$" long.gp)" = "$((notes - 1))" ] || fail "the note's lines are drawn again on later panels"
ts plot LONG IMPCH --from 2020 --to 2021 -o long.png 2>/dev/null || fail "long note PNG"
# A key too long for the chart ends "and N more" but keeps the rings' entry:
# the rings are drawn whatever the key lists.
ts plot IMPCH EXCHUS CN.IMP.RU --from 2022 -o ring.svg --script ring.gp
grep -q "title 'and [0-9]* more' noenhanced" ring.gp || fail "the key was not cut: the test needs a longer one"
grep -q "title 'claim with a finding (ring)' noenhanced" ring.gp || fail "the rings' key entry was cut"
