# A Comtrade series' title names reporter, flow, partner and commodity
# (branch import5): it was cmdDesc alone, so charts read
# "CN.IMP.RU.TOTAL: All Commodities".
. "$TOP/tests/cli/lib.sh"
CT="$TOP/tests/data/comtrade_cn_imports_from_ru_monthly.csv"
ts init > /dev/null
ts import --vintage 2024-02-01 "$CT" 2> err || fail "import: $(cat err)"
ts import --vintage 2024-02-01 "$TOP/tests/data/comtrade_us_imports_from_cn_annual.csv" 2> err \
	|| fail "import annual: $(cat err)"
[ "$(count "select title from series where code = 'CN.IMP.RU.TOTAL'")" = \
  "China imports from Russia, all commodities" ] \
	|| fail "title: $(count "select title from series where code = 'CN.IMP.RU.TOTAL'")"
[ "$(count "select title from series where code = 'US.IMP.CN.TOTAL'")" = \
  "U.S. imports from China, all commodities" ] \
	|| fail "title: $(count "select title from series where code = 'US.IMP.CN.TOTAL'")"
ts plot CN.IMP.RU.TOTAL -o c.svg 2> err || fail "plot: $(cat err)"
grep -q 'China imports from Russia, all commodities' c.svg || fail "the chart does not name it"
grep -q 'All Commodities' c.svg && fail "the chart still reads 'All Commodities'"

# A chapter and a re-export, from the fixture's rows (flowCode RX, cmdCode 27
# with HS's description of chapter 27; a field with a comma is quoted).
awk -F, 'NR == 1 { print; next } NR == 2 {
	$10 = "RX"; $11 = "Re-export"; $21 = "27"
	$22 = "\"Mineral fuels, mineral oils and products of their distillation\""
	OFS = ","; $1 = $1; print }' "$CT" > ct27.csv
ts import --vintage 2024-02-01 ct27.csv 2> err || fail "chapter 27: $(cat err)"
[ "$(count "select title from series where code = 'CN.REEXP.RU.27'")" = \
  "China re-exports to Russia, mineral fuels, mineral oils and products of their distillation" ] \
	|| fail "chapter 27: $(count "select code || ': ' || title from series")"
exit 0
