# Migrations: a database written by the release with schema version 3
# (tests/data/v3.db, made by tests/data/make-fixture.sh ... 3) migrates to version 4 and
# keeps its data, claims and findings included; version 4's claim.basis also
# takes the compilation basis, 'bop' or 'customs', and still refuses others.
. "$TOP/tests/cli/lib.sh"
keep="SELECT * FROM claim ORDER BY id; SELECT * FROM claim_source ORDER BY id;
      SELECT id, sha256, path, published FROM document ORDER BY id;
      SELECT * FROM series ORDER BY id; SELECT * FROM vintage ORDER BY id;
      SELECT * FROM observation ORDER BY id; SELECT * FROM finding ORDER BY id;"
migrate_from 3 "$keep"
! sqlite3 t.db "UPDATE claim SET basis = 'bop' WHERE id = 1" 2> /dev/null \
	|| fail "version 3 took basis 'bop': the fixture is not what this test is about"
migrate_check "$keep"
for ix in claim_subject finding_claim; do
	[ "$(count "SELECT count(*) FROM sqlite_schema WHERE name = '$ix'")" = 1 ] || fail "index $ix lost"
done
# The new values are taken, others refused; deleting a document still
# cascades to its claims and their findings.
sqlite3 t.db "UPDATE claim SET basis = 'bop' WHERE id = 1; UPDATE claim SET basis = 'customs' WHERE id = 2" \
	|| fail "basis 'bop'/'customs' refused after migration"
! sqlite3 t.db "UPDATE claim SET basis = 'fob' WHERE id = 3" 2> /dev/null || fail "basis 'fob' stored"
d=$(count "SELECT document FROM claim WHERE id = 1")
sqlite3 t.db "PRAGMA foreign_keys = ON; DELETE FROM finding WHERE claim IS NULL;
	DELETE FROM document WHERE id = $d" || fail "deleting a document"
[ "$(count "SELECT count(*) FROM claim WHERE document = $d")" = 0 ] || fail "claims outlived their document"
[ "$(count "SELECT count(*) FROM finding f LEFT JOIN claim c ON c.id = f.claim WHERE f.claim IS NOT NULL AND c.id IS NULL")" = 0 ] \
	|| fail "findings outlived their claim"
rc=0; ts validate -q 2> v.err || rc=$?
[ $rc -le 1 ] || fail "validate after migration: $(cat v.err)"
# A second init changes nothing and says nothing.
ts init > out2 2> err2
[ ! -s err2 ] || fail "second init: $(cat err2)"
