# init creates the schema once; a second run changes nothing; version, help, usage errors.
. "$TOP/tests/cli/lib.sh"
ts init > out1
ts init > out2
cmp out1 out2 || fail "init is not idempotent"
grep -q "schema version $SCHEMA, 0 documents, 0 claims" out1 || fail "init summary: $(cat out1)"
[ "$(count 'PRAGMA user_version')" = $SCHEMA ] || fail "user_version"
[ "$(count 'PRAGMA journal_mode')" = wal ] || fail "journal mode is not WAL"
for t in document claim series vintage observation finding; do
	count "SELECT sql FROM sqlite_schema WHERE name = '$t'" | grep -q STRICT || fail "$t is not STRICT"
done
"$TRADESTAT" --version | grep -q '^tradestat [0-9]' || fail "--version"
for c in init extract ingest import validate export plot report vintage document; do
	"$TRADESTAT" $c --help | grep -q "^usage: tradestat .*$c" || fail "$c --help"
done
expect_exit 2 "$TRADESTAT" frobnicate
expect_exit 2 "$TRADESTAT"
expect_exit 2 ts import
# A file that is not a database, and a database from a newer tradestat.
echo "not a database" > junk.db
expect_exit 4 "$TRADESTAT" --db junk.db init
sqlite3 newer.db 'PRAGMA user_version = 99'
expect_exit 4 "$TRADESTAT" --db newer.db init 2> err
grep -q "newer than this tradestat" err || fail "newer schema message: $(cat err)"
# Reading commands do not create a database.
expect_exit 4 "$TRADESTAT" --db missing.db export series
[ ! -e missing.db ] || fail "export created a database"
