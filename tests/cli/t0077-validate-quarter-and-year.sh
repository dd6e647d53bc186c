# Issue 15: a claim about a year (or a quarter) meets a series stored at that
# frequency, and a monthly series answers it by summing its months (a flow,
# aggregation sum), said in the finding. FRED's annual file dated on the 1st
# is stored as years; a file of another frequency than its stored series is
# refused, never mixed in.
. "$TOP/tests/cli/lib.sh"
S="$DATA/series"
ts init > /dev/null
ts import --vintage 2026-02-28 --scale million --unit USD --reporter US --partner CN --flow import \
	"$S/impch_us_imports_from_china_snapshot_2026-02-28.csv" 2> /dev/null
[ "$(count "SELECT aggregation FROM series WHERE code = 'IMPCH'")" = sum ] || fail "a flow sums"
expect_exit 3 ts import --vintage 2026-02-28 --scale million "$TOP/tests/data/fred_impch_annual_sum.csv" 2> err
grep -q "series 'IMPCH' is stored as monthly; this file's periods are annual" err || fail "clash: $(cat err)"
ts import --vintage 2026-02-28 --scale million --unit USD --reporter US --partner CN --flow import \
	--series IMPCH.A --value-column IMPCH --period-column observation_date \
	"$TOP/tests/data/fred_impch_annual_sum.csv" 2> /dev/null
ts export series | grep -q '^IMPCH.A,2023,427246583000,USD,2026-02-28,.*,A$' || fail "annual: $(ts export series | grep IMPCH.A)"
printf 'WASHINGTON, Feb 10, 2024 (Reuters) - U.S. imports from China were $427.2 billion in 2023, Census Bureau data showed.\n' > a.txt
ts ingest --date 2024-02-10 a.txt 2> /dev/null
ts validate > f.txt 2>&1 || true
grep -q 'agrees with IMPCH 2023 = $427.25 bn .*(2023: the sum over its 12 months)$' f.txt || fail "monthly summed: $(cat f.txt)"
grep -q 'agrees with IMPCH.A 2023 = $427.25 bn' f.txt || fail "annual series: $(cat f.txt)"
