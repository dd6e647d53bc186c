# Issue 15: SDMX-CSV 1.0 as Eurostat writes it (DATAFLOW, LAST UPDATE, dims,
# TIME_PERIOD, OBS_VALUE, OBS_FLAG): series code from the dataflow and the
# key dimensions, reporter/partner/flow from geo/partner/stk_flow, LAST
# UPDATE as the vintage, unit codes to base unit and scale, flags kept.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
# ext_st_eu27_2020sitc has no unit column: its values are million euro (README).
ts import --unit EUR --scale million "$TOP/tests/data/sdmx1_eurostat_ext_st_eu27_2020sitc.csv" 2> err ||
	fail "import: $(cat err)"
ts export series > s.csv
I=EXT_ST_EU27_2020SITC.M.TRD_VAL.IMP.TOTAL.CN.EU27_2020
grep -qx "$I,2023-01,44012500000,EUR,2026-09-15,sdmx1_eurostat_ext_st_eu27_2020sitc.csv,,EU,CN,import,M" s.csv ||
	fail "imports 2023-01: $(cat s.csv)"
grep -q '^EXT_ST_EU27_2020SITC.M.TRD_VAL.EXP.TOTAL.CN.EU27_2020,2023-04,18776400000,EUR,2026-09-15,.*,EU,CN,export,M$' s.csv ||
	fail "exports 2023-04: $(cat s.csv)"
[ "$(count "SELECT group_concat(o.flag, ' ') FROM observation o WHERE o.flag IS NOT NULL")" = "p ep" ] ||
	fail "flags: $(count 'SELECT period, flag FROM observation')"
[ "$(count "SELECT commodity || ' ' || aggregation FROM series WHERE code = '$I'")" = "TOTAL sum" ] ||
	fail "commodity, aggregation"
# The unit from the file with no --unit: CLV20_MEUR is EUR x 1e6 at real
# prices; s_adj SCA is seasonally adjusted; PCH_SM is a percentage.
ts import "$TOP/tests/data/sdmx1_eurostat_namq_10_gdp.csv" 2> err || fail "namq: $(cat err)"
ts export series > g.csv
grep -qx 'NAMQ_10_GDP.Q.CLV20_MEUR.SCA.B1GQ.DE,2023-Q1,812345600000,EUR,2026-08-28,sdmx1_eurostat_namq_10_gdp.csv,,DE,,,Q' g.csv ||
	fail "GDP 2023-Q1: $(cat g.csv)"
grep -q '^NAMQ_10_GDP.Q.PCH_SM.SCA.B1GQ.DE,2023-Q4,-0.2,%,2026-08-28,' g.csv || fail "PCH_SM: $(cat g.csv)"
[ "$(count "SELECT adjustment || ' ' || price FROM series WHERE code LIKE 'NAMQ%CLV20%'")" = "sa real" ] ||
	fail "adjustment, price: $(count 'SELECT * FROM series')"
[ "$(count "SELECT aggregation FROM series WHERE code LIKE 'NAMQ%PCH_SM%'")" = mean ] || fail "a rate averages"
# --unit and the file's unit disagree: an error naming both, nothing stored.
rm -f t.db; ts init > /dev/null
expect_exit 3 ts import --unit USD "$TOP/tests/data/sdmx1_eurostat_namq_10_gdp.csv" 2> err
grep -q "the file's unit 'CLV20_MEUR' (EUR) and --unit USD disagree" err || fail "unit message: $(cat err)"
expect_exit 3 ts import --scale billion "$TOP/tests/data/sdmx1_eurostat_namq_10_gdp.csv" 2> err
grep -q "the file's scale 1000000 (unit 'CLV20_MEUR') and --scale 1000000000 disagree" err || fail "scale message: $(cat err)"
# Both given and agreeing (the CLV20_MEUR rows alone): the scale is applied once.
grep -v PCH_SM "$TOP/tests/data/sdmx1_eurostat_namq_10_gdp.csv" > clv.csv
ts import --unit EUR --scale million clv.csv 2> err || fail "$(cat err)"
[ "$(count "SELECT value FROM observation WHERE period = '2023-Q1' AND value > 1000")" = 812345600000.0 ] ||
	fail "scale once: $(count 'SELECT value FROM observation')"
