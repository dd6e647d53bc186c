# export: RFC 4180 CSV of series (long, wide), claims and findings; --bom; -o.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
ts import --vintage-column reported_on "$DATA/series/cn_imports_from_ru_as_reported.csv" 2>/dev/null
ts import --vintage 2026-07-21 --series EXCHUS --value-column "Exchange rate" --unit CNY/USD \
	"$DATA/series/exchus_cny_per_usd_monthly.csv" 2>/dev/null
ts ingest --dates "$DATA/articles/dates.csv" "$DATA"/articles/*.txt 2>/dev/null
ts export series > long.csv
head -1 long.csv | grep -q '^series,period,value,unit,vintage' || fail "long header"
grep -q '^CN.IMP.RU,2023-08,11500000000,USD,2023-09-07,' long.csv || fail "Aug 2023 row: $(grep 2023-08 long.csv)"
grep -q '^EXCHUS,2023-09,7.2979,CNY/USD,2026-07-21,' long.csv || fail "EXCHUS row"
! grep -q 'e+' long.csv || fail "a number with an exponent"
ts export series --layout wide -o wide.csv
head -1 wide.csv | grep -q '^period,CN.IMP.RU,CN.IMP.RU.YTD,EXCHUS$' || fail "wide header: $(head -1 wide.csv)"
grep -q '^2023-08,11500000000,83300000000,7.2486$' wide.csv || fail "wide 2023-08: $(grep '^2023-08' wide.csv)"
grep -q '^2015-01,,,6.2181$' wide.csv || fail "empty cells in wide: $(grep '^2015-01' wide.csv)"
ts export claims > claims.csv
grep -q ',\$11.5 billion,money,11500000000,USD,' claims.csv || fail "claims"
ts export --bom findings > f.csv
[ "$(head -c 3 f.csv | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "no BOM"
# Well-formed CSV for a strict reader.
python3 - <<'P' || fail "CSV does not parse with the same field count on every row"
import csv
for name in ("long.csv", "wide.csv", "claims.csv"):
    rows = list(csv.reader(open(name, newline="", encoding="utf-8")))
    assert len({len(r) for r in rows}) == 1, name
P
expect_exit 2 ts export nothing
expect_exit 2 ts export --layout tall series
