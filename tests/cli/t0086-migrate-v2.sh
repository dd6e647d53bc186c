# Migrations: a database written by the release with schema version 2
# (tests/data/v2.db, made by tests/data/make-fixture.sh ... 2) migrates to version 3 (and on to 4, t0088) and
# keeps its data, findings included; version 3's finding may rest on two
# observations and no claim (the mirror rule's official pairs), and the
# CHECK keeps every finding about something.
. "$TOP/tests/cli/lib.sh"
cp "$TOP/tests/data/v2.db" t.db
chmod u+w t.db
[ "$(count 'PRAGMA user_version')" = 2 ] || fail "the fixture is not version 2"
keep="SELECT * FROM claim ORDER BY id; SELECT id, sha256, path, published FROM document ORDER BY id;
      SELECT * FROM series ORDER BY id; SELECT * FROM vintage ORDER BY id;
      SELECT * FROM observation ORDER BY id;
      SELECT id, rule, severity, claim, other_claim, observation, series, period, expected,
             actual, tolerance, rel_error, message, created FROM finding ORDER BY id;"
sqlite3 t.db "$keep" > before
[ "$(wc -l < before)" -gt 1000 ] || fail "the fixture holds little: $(wc -l < before) rows"
expect_exit 4 ts export findings 2> err
grep -q "schema version 2 is older than this tradestat's (5): run 'tradestat init'" err \
	|| fail "read-only open of a version-2 database: $(cat err)"
ts init > out 2> err
grep -q "schema version 5, 5 documents, 26 claims, 5 series, 13 vintages, [0-9]* observations, 45 findings" out \
	|| fail "init after migration: $(cat out)"
[ ! -s err ] || fail "the migration warned: $(cat err)"
[ "$(count 'PRAGMA user_version')" = 5 ] || fail "user_version after migration"
[ -z "$(count 'PRAGMA foreign_key_check')" ] || fail "broken references"
# Version 5 adds claim.source (NULL on claims stored before: t0083); the
# rest is compared as it was.
[ "$(count 'SELECT count(*) FROM claim WHERE source IS NOT NULL')" = 0 ] || fail "old claims got a source"
cp t.db cmp.db
sqlite3 cmp.db "ALTER TABLE claim DROP COLUMN source" || fail "claim.source"
sqlite3 cmp.db "$keep" > after
cmp before after || fail "the migration changed stored data: $(diff before after | head)"
[ "$(count "SELECT count(*) FROM finding WHERE other_observation IS NOT NULL OR other_series IS NOT NULL")" = 0 ] \
	|| fail "version 3's columns filled by the migration"
[ "$(count "SELECT count(*) FROM sqlite_schema WHERE name = 'finding_claim'")" = 1 ] || fail "finding_claim index lost"
# A finding about nothing is refused; one on two observations is stored.
! sqlite3 t.db "INSERT INTO finding (rule, severity, message) VALUES ('mirror', 'info', 'x')" 2> /dev/null \
	|| fail "a finding with no claim and no observations was stored"
o1=$(count "SELECT min(id) FROM observation"); o2=$(count "SELECT max(id) FROM observation")
sqlite3 t.db "INSERT INTO finding (rule, severity, observation, other_observation, message)
	VALUES ('mirror', 'info', $o1, $o2, 'x')" || fail "a finding on two observations was refused"
# The findings export and the next validate run on the migrated database.
ts export findings > f.csv || fail "export findings after migration"
head -1 f.csv | grep -q 'other_series,other_vintage,other_vintage_source' || fail "export columns: $(head -1 f.csv)"
[ "$(tail -n +2 f.csv | wc -l)" -ge 46 ] || fail "export lost findings: $(wc -l < f.csv)"
ts validate -q 2> v.err || fail "validate after migration: $(cat v.err)"
# A second init changes nothing and says nothing.
ts init > out2 2> err2
[ ! -s err2 ] || fail "second init: $(cat err2)"
