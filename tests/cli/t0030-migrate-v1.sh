# Migrations: a database written by the release with schema version 1
# (tests/data/v1.db, see its README) migrates to the current version and
# keeps its data; statuses are recomputed in release-date order (IMPCH was
# imported out of order), and what version 1 lost for good is named.
. "$TOP/tests/cli/lib.sh"
S="$DATA/series"
cp "$TOP/tests/data/v1.db" t.db
chmod u+w t.db
[ "$(count 'PRAGMA user_version')" = 1 ] || fail "the fixture is not version 1"
# What version 1 holds, read before the migration.
keep="SELECT id, document, seq, start_off, end_off, text, kind, value, unit, measure, period,
             flow, reporter, partner, pair FROM claim ORDER BY id;
      SELECT id, sha256, path, published, bytes, hex(body) FROM document ORDER BY id;
      SELECT id, code, title, unit, reporter, partner, flow, freq FROM series ORDER BY id;
      SELECT id, source, released, path, sha256, complete FROM vintage ORDER BY id;
      SELECT id, series, period, value, value_text, precision, vintage FROM observation ORDER BY id;
      SELECT id, rule, severity, claim, other_claim, observation, message FROM finding ORDER BY id;"
sqlite3 t.db "$keep" > before
# A reading command does not migrate: it says what to do.
expect_exit 4 ts export series 2> err
grep -q "schema version 1 is older than this tradestat's ($SCHEMA): run 'tradestat init'" err \
	|| fail "read-only open of an old database: $(cat err)"
ts init > out 2> err
grep -q "schema version $SCHEMA, 5 documents, 26 claims, 5 series, 13 vintages, 999 observations, 45 findings" out \
	|| fail "init after migration: $(cat out)"
[ "$(count 'PRAGMA user_version')" = $SCHEMA ] || fail "user_version after migration"
[ -z "$(count 'PRAGMA foreign_key_check')" ] || fail "broken references"
sqlite3 t.db "$keep" > after
cmp before after || fail "the migration changed stored data: $(diff before after | head)"
# Version 2's columns are there, empty (version 3's: t0086).
for c in "claim adjustment" "claim price" "claim basis" "claim status" "claim reporter_src" \
	 "claim partner_src" "claim flow_src" "claim period_src" "series adjustment" "series price" \
	 "series aggregation" "observation flag" "document title" "document outlet" \
	 "vintage options"; do
	set -- $c
	[ "$(count "SELECT count(*) FROM $1 WHERE $2 IS NOT NULL")" = 0 ] || fail "$1.$2 filled"
done
# The six vintages of the --vintage-column file are one import.
[ "$(count "SELECT count(*) FROM vintage WHERE import = 3")" = 5 ] || fail "vintage.import"
! sqlite3 t.db "UPDATE claim SET adjustment = 'x' WHERE id = 1" 2> /dev/null || fail "claim.adjustment has no CHECK"
# Statuses in release-date order: the same as a database built in order now.
"$TRADESTAT" --db fresh.db init > /dev/null
for v in 2017-03-03 2019-05-10; do
	"$TRADESTAT" --db fresh.db import --vintage $v --source FRED --scale million --unit USD \
		--reporter US --partner CN --flow import "$S/impch_us_imports_from_china_snapshot_$v.csv" 2> /dev/null
done
for q in "--revisions" "" "--as-of 2018-01-01"; do
	ts export series --series IMPCH $q > m.csv
	"$TRADESTAT" --db fresh.db export series --series IMPCH $q > f.csv
	cmp m.csv f.csv || fail "IMPCH $q differs from an in-order import: $(diff m.csv f.csv | head -5)"
done
[ "$(count "SELECT count(*) FROM observation WHERE vintage = 1 AND status = 'new'")" -lt 411 ] \
	|| fail "the 2019 snapshot's statuses were not recomputed"
# The repro of issue 11 imported under version 1: the March release's repeat
# of 10 was never stored, so February's 12 still wins; the migration says so.
grep -q "release of 2024-03-15 (vintage 12, 'demo') was imported before the older release of 2024-02-15" err \
	|| fail "lost values not named: $(cat err)"
[ "$(grep -c warning err)" = 1 ] || fail "warnings: $(cat err)"
# A second init changes nothing and says nothing.
ts init > out2 2> err2
cmp out out2 && [ ! -s err2 ] || fail "second init: $(cat out2 err2)"
