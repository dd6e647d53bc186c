# A claim's source (issue 16): the agency its figure is attributed to, end to
# end. extract prints it as its last column; ingest stores it on claim
# (schema version 5, sql/migrate_0005.sql) and export claims shows it; a
# version-4 database (tests/data/v4.db) migrates, its data kept and its old
# claims with no source; validate calls two named agencies of one reporter
# two compilations (info), and the same agency on both sides stays a warning.
. "$TOP/tests/cli/lib.sh"
cat > bot.txt <<'T'
date: 1987-04-29
THAI ECONOMY

BANGKOK, April 29 - Thailand's economy will grow five pct this year,
the Bank of Thailand said.
    First quarter exports increased to 63.2 billion baht.
T
cat > bed.txt <<'T'
date: 1987-04-08
THAI TRADE

BANGKOK, April 8 - Thailand's trade deficit widened to 4.5 billion baht
in the first quarter, the Business Economics Department said.
    The department said first quarter exports expanded to 60.6
billion baht.
T
# Same agency as bed.txt, another figure: a warning, not two compilations.
sed 's/60\.6/62.4/; s/April 8/April 9/; s/1987-04-08/1987-04-09/' bed.txt > bed2.txt
# Hostile text: a control byte in the name is dropped.
printf 'Exports were 3.1 billion dlrs in March, the Acme\001 Trading Board said.\n' > ctl.txt

# extract: the column is the last, found by name.
ts extract bot.txt bed.txt ctl.txt > x.csv
[ "$(head -1 x.csv | tr -d '\r' | awk -F, '{print $NF}')" = source ] || fail "source is not the last column: $(head -1 x.csv)"
python3 - x.csv <<'P' > got || fail "reading x.csv"
import csv, sys
for r in csv.DictReader(open(sys.argv[1], newline="")):
    print(r["file"], r["text"].replace("\n", " "), r["source"], sep="|")
P
grep -qx 'bot.txt|63.2 billion baht|Bank of Thailand' got || fail "63.2: $(cat got)"
grep -qx 'bed.txt|60.6 billion baht|Commerce Ministry' got || fail "60.6 (the department, named in the lead): $(cat got)"
grep -qx 'ctl.txt|3.1 billion dlrs|Acme Trading Board' got || fail "control byte: $(cat got)"
ts extract --format jsonl bed.txt | grep -q '"source":"Commerce Ministry"}' || fail "jsonl has no source"

# ingest and export claims; a new database is the current version.
ts init > /dev/null
[ "$(count 'PRAGMA user_version')" = $SCHEMA ] || fail "new database is not version $SCHEMA"
ts ingest bot.txt bed.txt bed2.txt 2> /dev/null
[ "$(count "SELECT source FROM claim WHERE text LIKE '63.2%'")" = "Bank of Thailand" ] || fail "claim.source"
[ "$(count "SELECT count(*) FROM claim WHERE source = ''")" = 0 ] || fail "an empty source is stored as ''"
ts export claims > c.csv
grep -q 'Commerce Ministry' c.csv || fail "export claims has no source"
[ -n "$(col_index c.csv source)" ] || fail "export claims: no column source"
! sqlite3 t.db "UPDATE claim SET source = '' WHERE id = 1" 2> /dev/null || fail "claim.source took ''"

# validate: Bank of Thailand vs Commerce Ministry is two compilations (info,
# both named); Commerce Ministry on both sides stays a warning.
rc=0; ts validate --format csv > f.csv 2> /dev/null || rc=$?
python3 - f.csv <<'P' > fs || fail "reading f.csv"
import csv, sys
for r in csv.DictReader(open(sys.argv[1], newline="")):
    if r["rule"] == "agreement":
        a = sorted([r["text"].replace("\n", " "), r["other_text"].replace("\n", " ")])
        print(r["severity"], *a, r["message"].replace("\n", " "), sep="|")
P
grep -q '^info|60.6 billion baht|63.2 billion baht|.*two compilations: \(Bank of Thailand vs Commerce Ministry\|Commerce Ministry vs Bank of Thailand\)' fs \
	|| fail "two agencies not two compilations: $(cat fs)"
grep -q '^info|62.4 billion baht|63.2 billion baht|.*two compilations' fs || fail "62.4 vs 63.2: $(cat fs)"
grep -q '^warning|60.6 billion baht|62.4 billion baht|' fs || fail "same agency no longer a warning: $(cat fs)"
grep '^warning|60.6 billion baht|62.4 billion baht|' fs | grep -q 'two compilations' && fail "same agency called two compilations"

# A version-4 database migrates: data kept, old claims with no source.
cp "$TOP/tests/data/v4.db" v4.db
chmod u+w v4.db
db4() { "$TRADESTAT" --db v4.db "$@"; }
[ "$(sqlite3 v4.db 'PRAGMA user_version')" = 4 ] || fail "the fixture is not version 4"
cols="id, document, seq, start_off, end_off, sent_start, sent_end, text, kind, value, precision,
      unit, per, approx, direction, measure, period, flow, reporter, partner, commodity, pair,
      adjustment, price, basis, status, reporter_src, partner_src, flow_src, period_src"
keep="SELECT $cols FROM claim ORDER BY id; SELECT $cols, doc, published, sentence FROM claim_source ORDER BY id;
      SELECT id, sha256, path, published FROM document ORDER BY id;
      SELECT * FROM series ORDER BY id; SELECT * FROM vintage ORDER BY id;
      SELECT * FROM observation ORDER BY id; SELECT * FROM finding ORDER BY id;"
sqlite3 v4.db "$keep" > before
[ "$(wc -l < before)" -gt 1000 ] || fail "the fixture holds little"
rc=0; db4 export claims > /dev/null 2> err || rc=$?
[ $rc = 4 ] || fail "a version-4 database was read without init (exit $rc)"
grep -q "schema version 4 is older than this tradestat's ($SCHEMA): run 'tradestat init'" err \
	|| fail "read-only open of a version-4 database: $(cat err)"
db4 init > out 2> err || fail "init: $(cat err)"
grep -q "schema version $SCHEMA, 5 documents, 26 claims" out || fail "init after migration: $(cat out)"
[ ! -s err ] || fail "the migration warned: $(cat err)"
[ "$(sqlite3 v4.db 'PRAGMA user_version')" = $SCHEMA ] || fail "user_version after migration"
[ -z "$(sqlite3 v4.db 'PRAGMA foreign_key_check')" ] || fail "broken references"
sqlite3 v4.db "$keep" > after
cmp before after || fail "the migration changed stored data: $(diff before after | head)"
[ "$(sqlite3 v4.db 'SELECT count(*) FROM claim WHERE source IS NOT NULL')" = 0 ] || fail "old claims got a source"
db4 ingest bot.txt > /dev/null 2>&1
[ "$(sqlite3 v4.db "SELECT source FROM claim WHERE text LIKE '63.2%'")" = "Bank of Thailand" ] \
	|| fail "a claim ingested after the migration has no source"
rc=0; db4 validate -q 2> v.err || rc=$?
[ $rc -le 1 ] || fail "validate after migration: $(cat v.err)"
db4 export claims > c4.csv || fail "export claims after migration"
db4 init > out2 2> err2
[ ! -s err2 ] || fail "second init: $(cat err2)"
