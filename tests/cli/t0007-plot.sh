# plot: SVG and PNG by extension, claims drawn, bad requests refused.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
ts import --vintage-column reported_on "$DATA/series/cn_imports_from_ru_as_reported.csv" 2>/dev/null
ts ingest --dates "$DATA/articles/dates.csv" "$DATA"/articles/*.txt 2>/dev/null
ts plot CN.IMP.RU -o c.svg 2> err
grep -q '1 series, 13 claims drawn' err || fail "claims drawn: $(cat err)"
grep -q '<svg' c.svg || fail "not an SVG"
grep -q 'US\$ billion' c.svg || fail "axis label"
ts plot CN.IMP.RU -o c.png 2>/dev/null
[ "$(head -c 4 c.png | od -An -c | tr -d ' ')" = '211PNG' ] || fail "not a PNG"
ts plot CN.IMP.RU -o c.png --script c.gp
grep -q '^\$s1 << EOD' c.gp || fail "script has no datablock"
expect_exit 2 ts plot CN.IMP.RU -o c.txt
expect_exit 2 ts plot CN.IMP.RU
expect_exit 2 ts plot NO.SUCH.SERIES -o n.svg
[ ! -e n.svg ] || fail "a failed plot left a file"
ts plot CN.IMP.RU -o c.pdf 2>/dev/null
[ "$(head -c 4 c.pdf)" = '%PDF' ] || fail "not a PDF"
# Hostile text from a release and an article's file name never runs in gnuplot.
cat > evil.csv <<'C'
series,period,value,unit,title
EVIL,2023-07,1,USD,"x' ; system('touch pwned1') ; print '"
EVIL,2023-08,2,USD,
C
ts import --vintage 2024-01-01 evil.csv 2>/dev/null
printf 'The figure was $2 in August.\n' > "a\`touch pwned2\`.txt"
ts ingest --date 2023-09-10 "a\`touch pwned2\`.txt" 2>/dev/null
ts plot EVIL -o evil.svg --title "\`touch pwned3\` @x {y} ^z" 2>/dev/null || fail "hostile plot failed"
[ ! -e pwned1 ] && [ ! -e pwned2 ] && [ ! -e pwned3 ] || fail "text from input ran in gnuplot"
grep -q "system('touch pwned1')" evil.svg || fail "the hostile title is not shown as written"
