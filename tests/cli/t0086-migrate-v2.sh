# Migrations: a database written by the release with schema version 2
# (tests/data/v2.db, made by tests/data/make-fixture.sh ... 2) migrates to version 3 (and on to 4, t0088) and
# keeps its data, findings included; version 3's finding may rest on two
# observations and no claim (the mirror rule's official pairs), and the
# CHECK keeps every finding about something.
. "$TOP/tests/cli/lib.sh"
keep="SELECT * FROM claim ORDER BY id; SELECT id, sha256, path, published FROM document ORDER BY id;
      SELECT * FROM series ORDER BY id; SELECT * FROM vintage ORDER BY id;
      SELECT * FROM observation ORDER BY id;
      SELECT id, rule, severity, claim, other_claim, observation, series, period, expected,
             actual, tolerance, rel_error, message, created FROM finding ORDER BY id;"
migrate_from 2 "$keep"
migrate_check "$keep"
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
