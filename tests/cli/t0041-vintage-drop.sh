# Issue 11, item 14: vintage list and vintage drop (by id, by release date and
# source) remove one import and everything it stored, in one transaction,
# with the findings resting on it, and say what was removed.
. "$TOP/tests/cli/lib.sh"
S="$DATA/series"
ts init > /dev/null
ts import --vintage-column reported_on --source GACC "$S/cn_imports_from_ru_as_reported.csv" 2> /dev/null
for v in 2017-03-03 2019-05-10; do
	ts import --vintage $v --source FRED --scale million "$S/impch_us_imports_from_china_snapshot_$v.csv" 2> /dev/null
done
ts ingest --dates "$DATA/articles/dates.csv" "$DATA"/articles/*.txt 2> /dev/null
ts validate > /dev/null 2>&1 || true
before=$(count 'SELECT count(*) FROM finding')
ts vintage list > list.csv
head -1 list.csv | grep -q '^id,source,released,path,import,complete,observations' || fail "header"
[ "$(tail -n +2 list.csv | wc -l)" = 8 ] || fail "vintages listed: $(cat list.csv)"
# Dropping the 2019 snapshot leaves the database as if only 2017 was imported.
ts export series --series IMPCH --as-of 2018-01-01 > before.csv
id=$(count "SELECT id FROM vintage WHERE released = '2019-05-10'")
ts vintage drop "$id" 2> err
grep -q "dropped vintage $id ('FRED', released 2019-05-10, .*): 411 observations" err || fail "$(cat err)"
ts export series --series IMPCH > after.csv
cmp before.csv after.csv || fail "latest after the drop is not the 2017 release"
[ -z "$(ts export series --revisions --series IMPCH | tail -n +2)" ] || fail "revisions left"
# By release date and source: one release of the as-reported file.
n=$(count 'SELECT count(*) FROM observation')
ts vintage drop --released 2023-09-07 --source GACC 2> err
grep -q "released 2023-09-07" err || fail "$(cat err)"
[ "$(count "SELECT count(*) FROM vintage WHERE released = '2023-09-07'")" = 0 ] || fail "not dropped"
[ "$(count 'SELECT count(*) FROM finding')" -lt "$before" ] || fail "findings resting on it stayed"
# Unknown ids are a usage error and remove nothing.
n=$(count 'SELECT count(*) FROM observation')
expect_exit 2 ts vintage drop 1 999 2> /dev/null
[ "$(count 'SELECT count(*) FROM observation')" = "$n" ] || fail "a failed drop removed rows"
# The series left without values goes; a dropped import can be imported again.
id=$(count "SELECT id FROM vintage WHERE released = '2017-03-03'")
ts vintage drop "$id" 2> err
grep -q "1 series left empty" err || fail "$(cat err)"
ts import --vintage 2017-03-03 --source FRED --scale million "$S/impch_us_imports_from_china_snapshot_2017-03-03.csv" 2> err
grep -q "121 new" err || fail "re-import after drop: $(cat err)"
[ -z "$(count 'PRAGMA foreign_key_check')" ] || fail "broken references"
