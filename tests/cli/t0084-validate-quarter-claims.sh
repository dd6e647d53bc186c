# Issues 13 and 15: a quarter named by its last month ("the March quarter",
# "the quarter to June") or by its rank ("the first quarter of 2023") is a
# quarter claim, and validate holds it against a monthly series summed over
# the quarter's three months - never against the quarter's last month.
. "$TOP/tests/cli/lib.sh"
S="$DATA/series"
ts init > /dev/null
ts import --vintage 2026-02-28 --scale million --unit USD --reporter US --partner CN --flow import \
	"$S/impch_us_imports_from_china_snapshot_2026-02-28.csv" 2> /dev/null
cat > a.txt <<'TXT'
WASHINGTON, Aug 3, 2023 (Reuters) - U.S. imports from China were $99.5 billion in the March quarter, Census Bureau data showed.

Imports from China rose to $90.0 billion in the quarter to June.

In the first quarter of 2023 imports from China were $99.53 billion, the bureau said.
TXT
ts extract a.txt > claims.csv
p=$(col_index claims.csv period)
[ "$(grep -F '$99.5 billion' claims.csv | cut -d, -f"$p")" = 2023-Q1 ] || fail "March quarter: $(cat claims.csv)"
[ "$(grep -F '$90.0 billion' claims.csv | cut -d, -f"$p")" = 2023-Q2 ] || fail "quarter to June: $(cat claims.csv)"
[ "$(grep -F '$99.53 billion' claims.csv | cut -d, -f"$p")" = 2023-Q1 ] || fail "first quarter of 2023: $(cat claims.csv)"
ts ingest --date 2023-08-03 a.txt 2> /dev/null
ts validate > f.txt 2>&1 || true
grep -q 'agrees with IMPCH 2023-Q1 = $99.53 bn .*(2023-Q1: the sum over its 3 months)$' f.txt ||
	fail "Q1 summed: $(cat f.txt)"
grep -q 'disagrees with IMPCH 2023-Q2 = $103 bn by -12.8%' f.txt || fail "Q2 summed: $(cat f.txt)"
[ "$(grep -c '^ *\$[0-9.]* billion agrees with IMPCH 2023-Q1 ' f.txt)" = 2 ] || fail "both Q1 claims: $(cat f.txt)"
