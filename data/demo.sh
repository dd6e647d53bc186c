#!/bin/sh
# data/demo.sh [OUT] - the whole tradestat pipeline on the sample data.
#
# Imports the official series of data/series (each file a vintage, the
# China-Russia figures one vintage per date they were reported), parses and
# stores the five seed articles with their publication dates, validates, and
# writes CSV, charts and the report bundle into OUT (default demo-out).
# TRADESTAT names the binary (default ./tradestat). Run from anywhere.
set -eu
out=${1:-demo-out}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cd "$(dirname "$0")/.."
ts=${TRADESTAT:-./tradestat}
db="$out/tradestat.db"
rm -f "$db" "$db-wal" "$db-shm"
run() { echo "+ tradestat $*" >&2; "$ts" --db "$db" "$@"; }

run init
run import --vintage-column reported_on --source "GACC, as reported by the press" \
	data/series/cn_imports_from_ru_as_reported.csv
for v in 2017-03-03 2019-05-10 2026-02-28; do
	run import --vintage "$v" --source "U.S. Census Bureau via FRED (IMPCH)" \
		--scale million --unit USD --reporter US --partner CN --flow import \
		--title "U.S. imports of goods from China (customs basis)" \
		"data/series/impch_us_imports_from_china_snapshot_$v.csv"
done
# The same China-Russia figures in the layouts agencies publish, told apart
# by the header with no flag: SDMX-CSV 2.0 (IMF Direction of Trade: unit USD,
# UNIT_MULT 6) and UN Comtrade (ISO3 codes, flowCode M, period 202207).
run import --vintage 2024-01-31 --source "IMF Direction of Trade (SDMX-CSV 2.0)" \
	data/series/imf_dots_cn_imports_from_ru_sdmx2.csv
run import --vintage 2024-02-01 --source "UN Comtrade" \
	data/series/comtrade_cn_imports_from_ru_monthly.csv
# CNY per USD: three downloads of FRED's EXCHUS (Date,Country,Value|Exchange rate),
# read through a column map; October 2018 was revised twice.
exchus() {
	run import --vintage "$1" --source "Federal Reserve H.10 via FRED (EXCHUS)" \
		--series EXCHUS --period-column Date --value-column "$2" --unit CNY/USD \
		--title "China / U.S. exchange rate, CNY per USD, monthly average" "$3"
}
exchus 2018-10-10 Value data/series/exchus_china_snapshot_2018-10-10.csv
exchus 2018-10-17 "Exchange rate" data/series/exchus_china_snapshot_2018-10-17.csv
exchus 2026-07-21 "Exchange rate" data/series/exchus_cny_per_usd_monthly.csv
run extract --dates data/articles/dates.csv data/articles/*.txt > "$out/claims_extracted.csv"
run ingest --dates data/articles/dates.csv data/articles/*.txt
run validate > "$out/findings.txt"
run export claims -o "$out/claims.csv"
run export series -o "$out/series.csv"
run export series --layout wide -o "$out/series_wide.csv"
run export series --revisions -o "$out/revisions.csv"
run export series --as-of 2019-01-01 -o "$out/series_as_of_2019-01-01.csv"
run export findings -o "$out/findings.csv"
run plot CN.IMP.RU -o "$out/cn_imports_from_ru.svg"
run plot CN.IMP.RU -o "$out/cn_imports_from_ru.png"
run report -o "$out/report"
run init
echo "demo: wrote $out" >&2
ls -l "$out" >&2
