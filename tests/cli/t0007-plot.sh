# plot: SVG and PNG by extension, claims drawn, bad requests refused.
. "$TOP/tests/cli/lib.sh"
ts import --vintage-column reported_on "$DATA/series/cn_imports_from_ru_as_reported.csv" 2>/dev/null
ts ingest --dates "$DATA/articles/dates.csv" "$DATA"/articles/*.txt 2>/dev/null
ts plot CN.IMP.RU -o c.svg 2> err
grep -q '1 series, 0 earlier vintages, 11 claims drawn' err || fail "claims drawn: $(cat err)"
grep -q '<svg' c.svg || fail "not an SVG"
grep -q 'US\$ billion' c.svg || fail "axis label"
ts plot CN.IMP.RU -o c.png 2>/dev/null
[ "$(head -c 4 c.png | od -An -c | tr -d ' ')" = '211PNG' ] || fail "not a PNG"
ts plot CN.IMP.RU -o c.png --script c.gp
grep -q '^\$s1 << EOD' c.gp || fail "script has no datablock"
expect_exit 2 ts plot CN.IMP.RU -o c.txt
expect_exit 2 ts plot CN.IMP.RU
expect_exit 3 ts plot NO.SUCH.SERIES -o n.svg
[ ! -e n.svg ] || fail "a failed plot left a file"
