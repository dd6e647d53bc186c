#!/bin/sh
# tests/data/make-fixture.sh TRADESTAT N - how vN.db was made: a database
# written by the release with schema version N, kept so that every migration
# is tested on real data of the previous release. Each was written once, by
# the binary of its release, and is kept as it is: rerunning this with a
# newer binary makes a newer database, not that one.
#
#   v1.db  schema 1, main at 41814c0 (before migrations existed)
#   v2.db  schema 2, main at cc99bd2 (written by the validator branch at
#          47771b4, the same schema)
#   v3.db  schema 3, main at 45f0896 (the bop branch's start)
#   v4.db  schema 4, main at 65013cd (the source branch's start)
#   v5.db  schema 5, main at dbf1d56 (tidy7's start); v5_findings.csv is
#          its `export findings` by that binary
#
# Each holds IMPCH imported out of release order (the 2019 snapshot before
# the 2017 one), China's imports from Russia by --vintage-column, two EXCHUS
# downloads through a column map, the five seed articles and their findings,
# and issue 11's repro: series X released 2024-01-15 (10), 2024-03-15 (10,
# stored as nothing: "unchanged") and then backfilled 2024-02-15 (12).
set -eu
T=$1
D=$(cd "$(dirname "$0")/../../data" && pwd)
db=v$2.db
rm -f "$db" "$db-wal" "$db-shm"
run() { "$T" --db "$db" "$@"; }
run init
for v in 2019-05-10 2017-03-03; do
	run import --vintage $v --source FRED --scale million --unit USD --reporter US \
		--partner CN --flow import "$D/series/impch_us_imports_from_china_snapshot_$v.csv"
done
run import --vintage-column reported_on --source GACC "$D/series/cn_imports_from_ru_as_reported.csv"
run import --vintage 2018-10-10 --series EXCHUS --period-column Date --value-column Value \
	--unit CNY/USD "$D/series/exchus_china_snapshot_2018-10-10.csv"
run import --vintage 2018-10-17 --series EXCHUS --period-column Date --value-column "Exchange rate" \
	--unit CNY/USD "$D/series/exchus_china_snapshot_2018-10-17.csv"
run ingest --dates "$D/articles/dates.csv" "$D"/articles/*.txt
run validate > /dev/null || true
cd "${TMPDIR:-/tmp}"
printf 'period,X\n2023-12,10\n' > jan.csv
printf 'period,X\n2023-12,10\n2024-01,11\n' > mar.csv
printf 'period,X\n2023-12,12\n' > feb.csv
cd - > /dev/null
run import --vintage 2024-01-15 --source demo "${TMPDIR:-/tmp}/jan.csv"
run import --vintage 2024-03-15 --source demo "${TMPDIR:-/tmp}/mar.csv"
run import --vintage 2024-02-15 --source demo "${TMPDIR:-/tmp}/feb.csv"
sqlite3 "$db" 'PRAGMA journal_mode = DELETE' > /dev/null
