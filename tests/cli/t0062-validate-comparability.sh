# validate: comparability on sentences (issue 16) - two articles per field,
# the same trade told on another basis: no agreement finding above info
# between them; the same trade on the same basis: a warning or an error.
# A field the parser does not fill yet (adjustment, price, basis, a named
# commodity, a balance's sign, where a subject came from) cannot keep two
# figures apart: that pair is skipped, and says so, until the parser fills it.
. "$TOP/tests/cli/lib.sh"
ts init >/dev/null 2>&1
w() { article "$1" 1987-04-02 "$2"; }
# p: bilateral against a total; s: surplus against deficit; a: adjusted
# against unadjusted; r: real against nominal; b: annual rate against a
# month's value; c: one commodity against all goods; e: the same basis,
# 27% apart; i: the reporter from the dateline only, 19% apart.
w p1 "TOKYO, April 2 - Japan's trade surplus with the United States was 5.2 billion dlrs in February 1987, the Finance Ministry said."
w p2 "TOKYO, April 2 - Japan's trade surplus was 8.1 billion dlrs in February 1987, the Finance Ministry said."
w s1 "TOKYO, April 2 - Japan's trade balance with China showed a surplus of 0.6 billion dlrs in February 1987."
w s2 "TOKYO, April 2 - Japan's trade balance with China showed a deficit of 0.9 billion dlrs in February 1987."
w a1 "TOKYO, April 2 - Japan's seasonally adjusted trade surplus with the United States was 5.2 billion dlrs in February 1987."
w a2 "TOKYO, April 2 - Japan's unadjusted trade surplus with the United States was 4.1 billion dlrs in February 1987."
w r1 "BONN, April 2 - West German exports to France rose in real terms to 9.1 billion marks in February 1987."
w r2 "BONN, April 2 - West German exports to France rose in nominal terms to 8.0 billion marks in February 1987."
w b1 "WASHINGTON, April 2 - U.S. imports from Canada rose at an annual rate of 70.1 billion dlrs in February 1987."
w b2 "WASHINGTON, April 2 - U.S. imports from Canada were 5.9 billion dlrs in February 1987."
w c1 "TOKYO, April 2 - Japan's car exports to the United States were 2.1 billion dlrs in February 1987."
w c2 "TOKYO, April 2 - Japan's exports to the United States were 6.9 billion dlrs in February 1987."
w e1 "TOKYO, April 2 - Japan's trade surplus with the United States was 6.2 billion dlrs in February 1987."
w e2 "OSAKA, April 3 - Japan's trade surplus with the United States was 7.9 billion dlrs in February 1987."
w i1 "TOKYO, April 2 - The trade surplus with the United States was 5.2 billion dlrs in February 1987."
w i2 "OSAKA, April 3 - Japan's trade surplus with the United States was 6.2 billion dlrs in February 1987."
ts ingest ./*.txt 2>/dev/null
ts validate > out.txt 2>/dev/null
ts extract ./*.txt > claims.csv

# filled FILE COLUMN: the parser wrote COLUMN for FILE's figure ("signed": its
# value is negative, a deficit as DESIGN stores it).
filled() {
	python3 - claims.csv "$1" "$2" <<'PY'
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1], newline=''))
        if r['file'].endswith(sys.argv[2]) and r['kind'] == 'money']
col = sys.argv[3]
ok = lambda r: float(r['value']) < 0 if col == 'signed' else r.get(col)
sys.exit(0 if rows and all(ok(r) for r in rows) else 1)
PY
}
# between A B: the agreement findings between the two files, by severity.
between() { finding_between agreement "$1" "$2" "group_concat(f.severity)" "AND f.severity <> 'info'"; }
apart() { # apart A B FIELD-FILE COLUMN WHAT
	if [ -n "$4" ] && ! filled "$3" "$4"; then
		echo "skipped: $5 (the parser does not fill '$4' yet)"
		return
	fi
	got=$(between "$1" "$2")
	[ -z "$got" ] || fail "$5: $1 against $2 gave $got"
	echo "ok: $5"
}
apart p1 p2 "" "" "a bilateral figure against a total"
apart s1 s2 s2.txt signed "a surplus against a deficit"
apart a1 a2 a1.txt adjustment "seasonally adjusted against unadjusted"
apart r1 r2 r1.txt price "real against nominal"
apart b1 b2 b1.txt basis "an annual rate against a month's value"
apart c1 c2 c1.txt commodity "one commodity against all goods"

# The same basis: a disagreement, an error only when every field was stated.
sev=$(between e1 e2)
if filled e1.txt reporter_src; then want=error; else want=warning; fi
[ "$sev" = "$want" ] || fail "the same basis 27% apart: '$sev', expected $want"
# A reporter inferred from the dateline: at most a warning, whatever the parser.
if filled i1.txt reporter_src; then
	sev=$(between i1 i2)
	[ "$sev" = warning ] || fail "inferred reporter: '$sev', expected warning"
else
	echo "skipped: an inferred reporter (the parser does not fill 'reporter_src' yet)"
fi
