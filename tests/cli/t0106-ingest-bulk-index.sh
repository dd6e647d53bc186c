# ingest's bulk load (src/cmd/ingest.c, invariant 6): 256 files or more, at
# least a third as many as the documents stored, drop the claims' subject
# index and leave it out (ingest never builds it); smaller runs keep it up to
# date when it is there, and leave it out when it is not. `validate` builds it
# when missing, with its schema definition. Either way the claims are the same
# row for row, even when a file of the run was bad.
. "$TOP/tests/cli/lib.sh"
files=$(ls "$TOP"/bench/corpus/reuters/*.txt)
[ "$(echo "$files" | wc -l)" -ge 300 ] || fail "bench/corpus/reuters has fewer than 300 stories"
ixdef="CREATE INDEX claim_subject ON claim (measure, period, reporter, partner, flow)"
root() { sqlite3 "$1" "SELECT rootpage FROM sqlite_schema WHERE name = 'claim_subject'"; }
def() { sqlite3 "$1" "SELECT sql FROM sqlite_schema WHERE name = 'claim_subject'"; }
# Every column of every claim, ids and pairs included, in id order.
dump() { sqlite3 "$1" "SELECT c.*, d.path FROM claim c JOIN document d ON d.id = c.document ORDER BY c.id"; }

# A bulk load into a fresh store, one missing file among the 300: exit 3, the
# others stored, the index dropped; validate builds it with its definition.
ts init > /dev/null
[ "$(def t.db)" = "$ixdef" ] || fail "a fresh store has no subject index: '$(def t.db)'"
expect_exit 3 ts ingest --date 1987-03-01 $files missing.txt 2> err
grep -q 'missing.txt' err || fail "the missing file is not named: $(tail -2 err)"
distinct=$(sha256sum $files | cut -c1-64 | sort -u | wc -l)
[ "$(count 'SELECT count(*) FROM document')" = "$distinct" ] \
	|| fail "$(count 'SELECT count(*) FROM document') documents, not $distinct"
[ -z "$(def t.db)" ] || fail "a bulk load of 300 files into an empty store kept the index"
dump t.db > bulk.txt
ts validate -q 2> /dev/null || fail "validate failed after a bulk load"
[ "$(def t.db)" = "$ixdef" ] || fail "index after validate: '$(def t.db)'"
sqlite3 t.db "EXPLAIN QUERY PLAN SELECT id FROM claim WHERE measure = 'level' AND period = '1987'" \
	| grep -q claim_subject || fail "the subject index is not used after validate built it"

# The same files 100 at a time (each run under 256 files): the index kept up
# to date (the same root page), the same claims as the bulk load.
"$TRADESTAT" --db u.db init > /dev/null
r1=$(root u.db)
echo "$files" | split -l 100 - part.
for p in part.*; do
	"$TRADESTAT" --db u.db ingest --date 1987-03-01 $(cat "$p") 2> /dev/null
done
[ "$(root u.db)" = "$r1" ] || fail "runs of 100 files rebuilt the index (root page $r1 -> $(root u.db))"
[ "$(def u.db)" = "$ixdef" ] || fail "index after small runs: '$(def u.db)'"
dump u.db > small.txt
[ "$(wc -l < bulk.txt)" -gt 1000 ] || fail "only $(wc -l < bulk.txt) claims stored"
cmp -s bulk.txt small.txt || fail "bulk and small runs store different claims: $(diff bulk.txt small.txt | head -3)"

# Without the index, a small ingest leaves it out (validate's to build); a run
# of 300 into a store of 300 stories is bulk again and leaves the claims as
# they were; validate builds the index again.
sqlite3 t.db "DROP INDEX claim_subject"
ts ingest --date 1987-03-01 $(echo "$files" | head -1) 2> /dev/null
[ -z "$(def t.db)" ] || fail "a small ingest built the subject index"
ts ingest --date 1987-03-01 $files 2> /dev/null
[ -z "$(def t.db)" ] || fail "a bulk re-run left the subject index: '$(def t.db)'"
dump t.db > again.txt
cmp -s bulk.txt again.txt || fail "a re-run of the bulk load changed the claims"
ts validate -q 2> /dev/null || fail "validate failed"
[ "$(def t.db)" = "$ixdef" ] || fail "index after validate: '$(def t.db)'"
