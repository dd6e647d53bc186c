# Issue 15: SDMX-CSV 2.0 (STRUCTURE, STRUCTURE_ID, ACTION, dims, TIME_PERIOD,
# OBS_VALUE, attributes UNIT_MEASURE, UNIT_MULT, OBS_STATUS): REF_AREA the
# reporter, COUNTERPART_AREA the partner, USD with UNIT_MULT 6 in base
# units, OBS_STATUS kept; no LAST UPDATE, so --vintage (or today).
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
ts import --vintage 2024-01-31 "$TOP/tests/data/sdmx2_imf_dots_cn_imports_from_ru.csv" 2> err ||
	fail "import: $(cat err)"
ts export series > s.csv
grep -qx 'DOT.M.CN.TMG_CIF_USD.RU,2022-07,10019000000,USD,2024-01-31,sdmx2_imf_dots_cn_imports_from_ru.csv,,CN,RU,import,M' s.csv ||
	fail "2022-07: $(cat s.csv)"
grep -q '^DOT.M.CN.TMG_CIF_USD.RU,2023-08,11500000000,USD,2024-01-31,' s.csv || fail "2023-08: $(cat s.csv)"
[ "$(grep -c '^DOT' s.csv)" = 4 ] || fail "4 rows: $(cat s.csv)"
[ "$(count "SELECT period || ' ' || flag FROM observation WHERE flag IS NOT NULL")" = "2023-08 P" ] ||
	fail "OBS_STATUS: $(count 'SELECT period, flag FROM observation')"
# Without --vintage and no LAST UPDATE column: today's date.
rm -f t.db; ts init > /dev/null
ts import "$TOP/tests/data/sdmx2_imf_dots_cn_imports_from_ru.csv" 2> /dev/null
[ "$(count 'SELECT released FROM vintage')" = "$(date -u +%Y-%m-%d)" ] || [ "$(count 'SELECT released FROM vintage')" = "$(date +%Y-%m-%d)" ] ||
	fail "vintage: $(count 'SELECT released FROM vintage')"
