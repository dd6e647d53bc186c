# validate: a claim of a country's total trade with a partner (commodity
# "goods" or none named) is the total over commodities, so it meets a series
# of all commodities (Comtrade's cmdCode "TOTAL", as the demo imports it) as
# the same figure (basis_whole_trade, series_commodity_fits): a total 10% or
# more off is an error, one that agrees is info; a product group (oil)
# against the total is at most info. Before, the "TOTAL" series met no
# claim of goods: the demo's report said "13 claims, 0 findings" for it.
. "$TOP/tests/cli/lib.sh"
ts init >/dev/null 2>&1
article bad 2023-09-08 "BEIJING, Sept 8 - China's imports from Russia in August were \$13.0 billion, customs data showed."
article ok 2023-09-09 "BEIJING, Sept 9 - China's imports from Russia in July were \$9.2 billion, customs data showed."
article oil 2023-09-10 "BEIJING, Sept 10 - China's crude oil imports from Russia in June were \$13.0 billion, customs data showed."
printf 'DATE,CN.IMP.RU.TOTAL\n2023-06-01,9000\n2023-07-01,9200\n2023-08-01,11500\n' > total.csv
ts import --vintage 2024-02-01 --source "UN Comtrade" --scale million --unit USD --reporter CN \
	--partner RU --flow import --commodity TOTAL total.csv >/dev/null 2>&1 || fail "import"
[ "$(count "SELECT commodity FROM series WHERE code = 'CN.IMP.RU.TOTAL'")" = TOTAL ] \
	|| fail "the series' commodity is not TOTAL"
ts ingest ./*.txt 2>/dev/null
validate_ok --rule official

# sev FILE: the official findings on FILE's money claims against the series.
sev() {
	count "SELECT group_concat(f.severity) FROM finding f
	       JOIN claim c ON c.id = f.claim JOIN document d ON d.id = c.document
	       WHERE f.rule = 'official' AND f.series = 'CN.IMP.RU.TOTAL'
	         AND d.path LIKE '%/$1.txt'"
}
com() {
	count "SELECT ifnull(c.commodity, '') FROM claim c JOIN document d ON d.id = c.document
	       WHERE c.kind = 'money' AND d.path LIKE '%/$1.txt'"
}
[ "$(sev bad)" = error ] || fail "bad ($(com bad)): '$(sev bad)', expected error: $(cat out.txt)"
grep "disagrees with CN.IMP.RU.TOTAL 2023-08" out.txt > /dev/null || fail "bad: no message"
[ "$(sev ok)" = info ] || fail "ok ($(com ok)): '$(sev ok)', expected info"
case "$(com oil)" in
"" | goods) ;;	# the parser did not read a product group: nothing to test
*) [ "$(sev oil)" = info ] || fail "oil ($(com oil)): '$(sev oil)', expected info"
   grep "commodity $(com oil) in .*oil.txt, TOTAL in CN.IMP.RU.TOTAL" out.txt > /dev/null \
	|| fail "oil: the cap does not say why" ;;
esac
