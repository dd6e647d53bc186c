# Migrations: a database written by the release with schema version 5
# (tests/data/v5.db, made by tests/data/make-fixture.sh ... 5) migrates to
# version 6 and keeps its data; version 6's view finding_row serves both
# `validate`'s print and `export findings`, which write what version 5 wrote
# (tests/data/v5_findings.csv: export findings by the release that made the
# fixture), and the view's key column _id is never written.
. "$TOP/tests/cli/lib.sh"
keep="SELECT * FROM claim ORDER BY id; SELECT * FROM claim_source ORDER BY id;
      SELECT id, sha256, path, published FROM document ORDER BY id;
      SELECT * FROM series ORDER BY id; SELECT * FROM vintage ORDER BY id;
      SELECT * FROM observation ORDER BY id; SELECT * FROM finding ORDER BY id;"
migrate_from 5 "$keep"
[ "$(count "SELECT count(*) FROM sqlite_schema WHERE name = 'finding_row'")" = 0 ] \
	|| fail "version 5 has finding_row: the fixture is not what this test is about"
migrate_init
sqlite3 t.db "$keep" > after
cmp before after || fail "the migration changed stored data: $(diff before after | head)"
[ "$(count "SELECT count(*) FROM claim WHERE source IS NOT NULL")" -gt 0 ] \
	|| fail "claim.source lost (version 5 stored it)"
# The findings as version 5 exported them, byte for byte, without _id.
ts export findings > f.csv || fail "export findings after migration"
cmp f.csv "$TOP/tests/data/v5_findings.csv" || fail "export findings changed: $(diff f.csv "$TOP/tests/data/v5_findings.csv" | head)"
! head -1 f.csv | grep -q '_id' || fail "the key column is written: $(head -1 f.csv)"
# validate prints the same rows (csv: one header, errors first, ids in order).
rc=0; ts validate --format csv > v.csv 2> v.err || rc=$?
[ $rc -le 1 ] || fail "validate after migration: $(cat v.err)"
ts export findings > f2.csv
cmp v.csv f2.csv || fail "validate's print and export differ: $(diff v.csv f2.csv | head)"
# A second init changes nothing and says nothing.
ts init > out2 2> err2
[ ! -s err2 ] || fail "second init: $(cat err2)"
