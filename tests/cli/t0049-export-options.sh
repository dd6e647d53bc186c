# export: --delimiter and --decimal-comma (with --bom: Excel in much of
# Europe); an unknown series named on the command line is exit 2, as for plot.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
ts import --vintage 2026-07-21 --series EXCHUS --period-column Date --value-column "Exchange rate" \
	--unit CNY/USD --title 'CNY; per USD' "$DATA/series/exchus_cny_per_usd_monthly.csv" 2>/dev/null
ts export series --delimiter ';' --decimal-comma --bom -o s.csv
[ "$(head -c 3 s.csv | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "no BOM"
grep -q '^EXCHUS;2018-10;6,9191;CNY/USD;2026-07-21;' s.csv || fail "row: $(grep '^EXCHUS;2018-10' s.csv)"
# The title holds the separator: quoted, so the row keeps its columns.
python3 - <<'P' || fail "s.csv does not parse with ';'"
import csv
rows = list(csv.reader(open("s.csv", encoding="utf-8-sig"), delimiter=";"))
assert all(len(r) == len(rows[0]) for r in rows), set(len(r) for r in rows)
assert "CNY; per USD" in rows[1], rows[1]
P
# --decimal-comma alone picks ';'; tab keeps tabs.
ts export series --decimal-comma | grep -q '^EXCHUS;2018-10;6,9191;' || fail "--decimal-comma alone"
ts export series --delimiter tab | grep -q "^EXCHUS	2018-10	6.9191	" || fail "--delimiter tab"
ts export series --delimiter ',' | grep -q '^EXCHUS,2018-10,6.9191,' || fail "--delimiter ,"
expect_exit 2 ts export series --delimiter ',' --decimal-comma
expect_exit 2 ts export series --delimiter ':'
# Unknown series: exit 2, nothing written; a known one with --series works.
expect_exit 2 ts export series --series NOPE -o n.csv
[ ! -e n.csv ] || fail "a refused export wrote a file"
expect_exit 2 ts plot NOPE -o n.svg
[ "$(ts export series --series EXCHUS | wc -l)" -gt 100 ] || fail "--series EXCHUS"
