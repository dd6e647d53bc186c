# Issue 15: every period notation, and quarterly/annual data dated on the
# 1st (FRED) stored as 2023-Q1 / 2023 from the spacing; --freq overrides; a
# year/Year/TIME first column is a period column.
. "$TOP/tests/cli/lib.sh"
D="$TOP/tests/data"
imp() { rm -f t.db; ts init > /dev/null; ts import --vintage 2026-03-01 "$@" 2> err || fail "$*: $(cat err)"; ts export series > s.csv; }
row() { grep -qx "$1" s.csv || fail "no row '$1' in: $(head -4 s.csv)"; }
imp "$D/fred_impch_quarterly_sum.csv"
row 'IMPCH,2023-Q1,99527.453,,2026-03-01,fred_impch_quarterly_sum.csv,,,,,Q'
row 'IMPCH,2024-Q4,116773.459,,2026-03-01,fred_impch_quarterly_sum.csv,,,,,Q'
imp "$D/fred_impch_annual_sum.csv"
row 'IMPCH,2019,449110.677,,2026-03-01,fred_impch_annual_sum.csv,,,,,A'
imp "$D/year_column_impch.csv"
row 'IMPCH,2023,427246.6,,2026-03-01,year_column_impch.csv,,,,,A'
imp "$D/period_1985q1_impch.csv"
row 'IMPCH,1985-Q1,867.1,,2026-03-01,period_1985q1_impch.csv,,,,,Q'
for f in period_2023_m09_impch period_yyyymm_impch period_yyyymmdd_impch; do
	imp "$D/$f.csv"
	row "IMPCH,2023-09,40247.9,,2026-03-01,$f.csv,,,,,M"
	[ "$(grep -c '^IMPCH,2023-' s.csv)" = 6 ] || fail "$f: $(cat s.csv)"
done
# A monthly file read as quarterly is refused: 2023-05-01 starts no quarter.
rm -f t.db; ts init > /dev/null
expect_exit 3 ts import --freq Q "$DATA/series/impch_us_imports_from_china_snapshot_2017-03-03.csv" 2> err
grep -q "is quarterly: '1985-02-01' is not the first day of a quarter\|is quarterly: .*not the first day of a quarter" err ||
	fail "--freq Q on months: $(head -2 err)"
# --freq overrides the spacing: quarterly dates read as months.
imp --freq M "$D/fred_impch_quarterly_sum.csv"
row 'IMPCH,2023-04,103265.177,,2026-03-01,fred_impch_quarterly_sum.csv,,,,,M'
# TIME and Year columns are periods; one quarter-start date needs --freq.
printf 'TIME,X\n2023-Q1,1\n2023-Q2,2\n' > time.csv
imp time.csv
row 'X,2023-Q2,2,,2026-03-01,time.csv,,,,,Q'
printf 'Year,Y\n2021,1\n' > year.csv
imp year.csv
row 'Y,2021,1,,2026-03-01,year.csv,,,,,A'
printf 'date,Z\n2023-01-01,5\n' > one.csv
rm -f t.db; ts init > /dev/null
expect_exit 3 ts import one.csv 2> err
grep -q "one.csv:2: series 'Z' has one date, '2023-01-01': monthly, quarterly or annual? give --freq" err || fail "one row: $(cat err)"
imp --freq Q one.csv
row 'Z,2023-Q1,5,,2026-03-01,one.csv,,,,,Q'
