# Issue 15: UN Comtrade (refPeriodId/period, reporterISO, partnerISO,
# flowCode, cmdCode, primaryValue): ISO3 -> ISO2, one series per
# reporter/partner/flow/commodity with a readable code, monthly 202207 and
# annual 2022, values in US dollars. No flag needed.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
ts import --vintage 2024-02-01 "$TOP/tests/data/comtrade_cn_imports_from_ru_monthly.csv" \
	"$TOP/tests/data/comtrade_us_imports_from_cn_annual.csv" 2> err || fail "import: $(cat err)"
ts export series > s.csv
grep -qx 'CN.IMP.RU.TOTAL,2022-07,10019000000,USD,2024-02-01,comtrade_cn_imports_from_ru_monthly.csv,"China imports from Russia, all commodities",CN,RU,import,M' s.csv ||
	fail "monthly: $(cat s.csv)"
grep -qx 'CN.IMP.RU.TOTAL,2023-08,11500000000,USD,2024-02-01,comtrade_cn_imports_from_ru_monthly.csv,"China imports from Russia, all commodities",CN,RU,import,M' s.csv ||
	fail "monthly 2023-08: $(cat s.csv)"
grep -qx 'US.IMP.CN.TOTAL,2022,536268700000,USD,2024-02-01,comtrade_us_imports_from_cn_annual.csv,"U.S. imports from China, all commodities",US,CN,import,A' s.csv ||
	fail "annual: $(cat s.csv)"
[ "$(count "SELECT commodity FROM series WHERE code = 'US.IMP.CN.TOTAL'")" = TOTAL ] || fail "commodity"
[ "$(count 'SELECT count(*) FROM series')" = 2 ] || fail "series: $(count 'SELECT code FROM series')"
# Re-exports keep their own series; an unknown reporter is named with file:line.
head -1 "$TOP/tests/data/comtrade_cn_imports_from_ru_monthly.csv" > rx.csv
sed -n 2p "$TOP/tests/data/comtrade_cn_imports_from_ru_monthly.csv" | sed 's/,M,Import,/,RX,Re-export,/' >> rx.csv
sed -n 2p "$TOP/tests/data/comtrade_cn_imports_from_ru_monthly.csv" | sed 's/,CHN,China,/,XYZ,Nowhere,/' >> bad.csv.tmp
ts import --vintage 2024-02-01 rx.csv 2> err || fail "re-export: $(cat err)"
[ "$(count "SELECT flow FROM series WHERE code = 'CN.REEXP.RU.TOTAL'")" = export ] || fail "re-export: $(count 'SELECT code FROM series')"
{ head -1 rx.csv; cat bad.csv.tmp; } > bad.csv
expect_exit 3 ts import bad.csv 2> err
grep -q "^bad.csv:2:8: unknown country 'XYZ' in column 'reporterISO'" err || fail "unknown reporter: $(cat err)"
