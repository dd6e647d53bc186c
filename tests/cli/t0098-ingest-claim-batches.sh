# ingest stores a document's claims several to a statement
# (sql/claim_insert_batch.sql, 8 rows): every claim extract finds is stored,
# in its order, at its offsets, with its pair, for documents of 1, 8, 9 and 40
# claims (pairs inside and across the statements' rows), and a re-run adds
# nothing.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
# article N: N sentences, each with a paired conversion (2 claims) or a
# plain figure (1 claim), so pairs fall on either side of row 8.
mk() {
	awk -v n="$2" -v paired="$3" 'BEGIN {
		for (i = 1; i <= n; i++)
			if (paired)
				printf "China said imports from Russia were %d billion yuan ($%d million) in August.\n\n", i, i * 137
			else
				printf "Exports to Japan reached $%d.%d billion in August.\n\n", i, i % 10
	}' > "$1"
}
mk one.txt 1 0
mk eight.txt 8 0
mk nine.txt 9 0
mk forty.txt 20 1
mk odd.txt 5 1
printf 'Exports to Japan reached $1.5 billion in August.\n\n' >> odd.txt
ts ingest --date 2023-09-19 one.txt eight.txt nine.txt forty.txt odd.txt 2> err
"$TRADESTAT" extract --date 2023-09-19 one.txt eight.txt nine.txt forty.txt odd.txt > x.csv
# extract's rows as "file start end pair_start", in its order.
python3 -c 'import csv, sys
for r in csv.DictReader(open("x.csv", newline="")):
    print(r["file"], r["start"], r["end"], r["pair_start"])' > want.txt
sqlite3 -separator ' ' t.db "SELECT d.path, c.start_off, c.end_off, coalesce(p.start_off, '')
	FROM claim c JOIN document d ON d.id = c.document LEFT JOIN claim p ON p.id = c.pair
	ORDER BY d.id, c.seq" > got.txt
for f in one eight nine forty odd; do
	w=$(grep -c "^$f.txt " want.txt) g=$(grep -c "^$f.txt " got.txt)
	[ "$w" = "$g" ] || fail "$f.txt: extract finds $w claims, ingest stored $g"
done
[ "$(grep -c '^forty.txt ' got.txt)" = 40 ] || fail "forty.txt: $(grep -c '^forty.txt ' got.txt) claims, not 40"
[ "$(awk '$4 != ""' got.txt | wc -l)" -ge 50 ] || fail "pairs not stored: $(awk '$4 != ""' got.txt | wc -l)"
cmp -s want.txt got.txt || fail "stored claims differ from extract's: $(diff want.txt got.txt | head -5)"
# A pair points at a claim of the same document, both ways.
[ "$(count 'SELECT count(*) FROM claim c JOIN claim p ON p.id = c.pair WHERE p.document <> c.document OR p.pair <> c.id')" = 0 ] \
	|| fail "a pair crosses documents or is not mutual"
# seq is 0..n-1 in each document.
[ "$(count 'SELECT count(*) FROM (SELECT document, max(seq) + 1 AS m, count(*) AS n FROM claim GROUP BY document) WHERE m <> n')" = 0 ] \
	|| fail "seq has gaps"
n=$(count 'SELECT count(*) FROM claim')
ts ingest --date 2023-09-19 one.txt eight.txt nine.txt forty.txt odd.txt 2> err
[ "$(count 'SELECT count(*) FROM claim')" = "$n" ] || fail "a re-run added claims"
