# The bulk path past one machine: `extract --format jsonl` run on parts of
# an archive in parallel (xargs -P 2 over two halves), then one `ingest
# --claims` load, gives the database `ingest` of the same files gives: the
# same documents (path, SHA-256, date, bytes, body) and the same claims.
# The load is idempotent by document SHA-256, and a damaged record is
# reported as FILE:LINE and leaves nothing of its document.
. "$TOP/tests/cli/lib.sh"
mkdir art
cp "$TOP"/data/articles/*.txt "$TOP"/data/articles/dates.csv art/
cp "$TOP"/bench/corpus/reuters/* art/
ls art/*.txt > files
n=$(wc -l < files)
nd=$(xargs sha256sum < files | cut -c1-64 | sort -u | wc -l)	# some Reuters stories repeat
split -n l/2 files part.

# Extract, a part per process, two at a time (a batch engine would do the same
# on many machines).
ls part.* | xargs -P 2 -I{} sh -c '"$1" extract --format jsonl --dates art/dates.csv $(cat "$2") > "$2.jsonl"' \
	sh "$TRADESTAT" {} || fail "parallel extract"
[ "$(cat part.*.jsonl | grep -c '^{"type":"document"')" = "$n" ] || fail "not $n document records"

# One load, and the reference: ingest of the same files (on two threads).
for db in bulk ref one bad mixed pipe; do "$TRADESTAT" --db $db.db init > /dev/null; done
"$TRADESTAT" --db bulk.db ingest --claims part.aa.jsonl --claims part.ab.jsonl 2> bulk.err || fail "load: $(tail -3 bulk.err)"
"$TRADESTAT" --db ref.db ingest --jobs 2 --dates art/dates.csv $(cat files) 2> ref.err || fail "ingest: $(tail -3 ref.err)"
[ "$(sqlite3 bulk.db 'SELECT count(*) FROM document')" = "$nd" ] || fail "documents loaded"
docs() { sqlite3 "$1" "SELECT sha256, path, published, bytes, hex(body) FROM document ORDER BY path"; }
claims() {
	sqlite3 "$1" "SELECT d.path, c.seq, c.start_off, c.end_off, c.sent_start, c.sent_end, c.text, c.kind,
	  quote(c.value), quote(c.precision), c.unit, c.per, c.approx, c.direction, c.measure, c.period,
	  c.flow, c.reporter, c.partner, c.commodity, (SELECT p.seq FROM claim p WHERE p.id = c.pair),
	  c.adjustment, c.price, c.basis, c.status, c.reporter_src, c.partner_src, c.flow_src, c.period_src
	  FROM claim c JOIN document d ON d.id = c.document ORDER BY d.path, c.seq"
}
docs bulk.db > bulk.docs; docs ref.db > ref.docs
cmp -s bulk.docs ref.docs || fail "document rows differ"
claims bulk.db > bulk.claims; claims ref.db > ref.claims
[ "$(wc -l < ref.claims)" -gt 1000 ] || fail "only $(wc -l < ref.claims) claims in the reference"
cmp -s bulk.claims ref.claims || fail "claim rows differ: $(diff bulk.claims ref.claims | head -3)"
# export claims is in document order: the paths sort differently from the
# parts' order, so compare it sorted.
"$TRADESTAT" --db bulk.db export claims | sort > bulk.csv
"$TRADESTAT" --db ref.db export claims | sort > ref.csv
cmp -s bulk.csv ref.csv || fail "export claims differs"
# The same files ingested on one thread: the same rows in the same order.
"$TRADESTAT" --db one.db ingest --dates art/dates.csv $(cat files) 2> /dev/null || fail "ingest --jobs 1"
[ "$(sqlite3 one.db 'SELECT id, sha256 FROM document' | md5sum)" = "$(sqlite3 ref.db 'SELECT id, sha256 FROM document' | md5sum)" ] \
	|| fail "ingest --jobs 2 stored the documents in another order than --jobs 1"

# Idempotent: a second load and an ingest of the same files skip everything.
"$TRADESTAT" --db bulk.db ingest --claims part.aa.jsonl --claims part.ab.jsonl 2> again.err || fail "reload"
[ "$(grep -c 'skipped$' again.err)" = "$n" ] || fail "reload did not skip all $n documents"
"$TRADESTAT" --db bulk.db ingest --dates art/dates.csv $(cat files) 2> /dev/null || fail "ingest after load"
docs bulk.db | cmp -s - ref.docs || fail "documents changed by the reload"
claims bulk.db | cmp -s - ref.claims || fail "claims changed by the reload"

# Damaged input: a body that does not match its SHA-256, a claim whose text
# is not at its offsets, a truncated last line. Each is named FILE:LINE,
# its document is not stored, the others are; exit 3.
grep -n '"type":"document"' part.aa.jsonl | head -3 | cut -d: -f1 > doclines
l1=$(sed -n 1p doclines); l2=$(sed -n 2p doclines); l3=$(sed -n 3p doclines)
sed -n "1,$((l3 - 1))p" part.aa.jsonl |
	sed -e "${l1}s/\(\"body\":\"[^a]*\)a/\1e/" -e "$((l2 + 1))s/\"text\":\"/\"text\":\"Y/" > bad.jsonl
sed -n "${l3}p" part.aa.jsonl | head -c 100 >> bad.jsonl
expect_exit 3 "$TRADESTAT" --db bad.db ingest --claims bad.jsonl 2> bad.err
grep -q "^bad.jsonl:$l1: 'sha256' .* is not the body's" bad.err || fail "no message for the body: $(cat bad.err)"
grep -q "^bad.jsonl:$((l2 + 1)): 'text' is not the body's bytes" bad.err || fail "no message for the text: $(cat bad.err)"
grep -q "^bad.jsonl:$l3:.*not a record of extract --format jsonl" bad.err || fail "no message for the truncated line: $(cat bad.err)"
[ "$(sqlite3 bad.db 'SELECT count(*) FROM document')" = 0 ] || fail "a damaged document was stored"
# The same damage after good documents: those are stored.
cat part.ab.jsonl bad.jsonl > mixed.jsonl
expect_exit 3 "$TRADESTAT" --db mixed.db ingest --claims mixed.jsonl 2> /dev/null
[ "$(sqlite3 mixed.db 'SELECT count(*) FROM document')" = "$(grep -o '"sha256":"[0-9a-f]*"' part.ab.jsonl | sort -u | wc -l)" ] \
	|| fail "good documents before a damaged one were not all stored"
# From stdin, as a pipe from extract (Spark's pipe, ssh).
"$TRADESTAT" extract --format jsonl --dates art/dates.csv art/00*.txt |
	"$TRADESTAT" --db pipe.db ingest --claims - 2> /dev/null || fail "load from stdin"
[ "$(sqlite3 pipe.db 'SELECT count(*) FROM document')" = 5 ] || fail "stdin load"
echo "$n files, $nd documents, $(wc -l < ref.claims) claims: the parallel extract and one load equal ingest"
