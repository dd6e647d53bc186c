# validate: agreement pairs two figures only when they could be the same
# statistic (rule_agreement.c, invariant 15). Bank of England money-market
# stories of one day: "195 mln stg of help" (help) and "a 1.10 billion stg
# shortage" (shortage) have the same subject, unit and period but no flow,
# commodity or balance, and are named by different words: no finding. The
# shortage told again ("a shortage of around 1.1 billion stg", named before
# the figure) is compared, and a trade balance told in other words is too.
. "$TOP/tests/cli/lib.sh"
ts init >/dev/null 2>&1
w() { printf 'date: %s\n\n%s\n' "$1" "$3" > "$2.txt"; }
w 1987-03-13 help "LONDON, March 13 - The Bank of England said it provided the money market with 195 mln stg of help in the morning session."
w 1987-03-13 short "LONDON, March 13 - The Bank of England said the money market had a 1.10 billion stg shortage today."
w 1987-03-13 again "LONDON, March 13 - The Bank of England said the money market had a shortage of around 1.1 billion stg today."
w 1987-03-14 bal1 "BONN, March 14 - West Germany's trade surplus in February was 10.4 billion marks, the Federal Statistics Office said."
w 1987-03-15 bal2 "FRANKFURT, March 15 - West Germany ran a February trade surplus of 10.4 billion marks, the statistics office said."
ts ingest ./*.txt 2>/dev/null
rc=0; ts validate --rule agreement > out.txt 2>err.txt || rc=$?
[ $rc -le 1 ] || fail "validate exit $rc: $(cat err.txt)"

# pairs A B: the agreement findings between A's and B's claims.
pairs() {
	count "SELECT count(*) FROM finding f
	       JOIN claim c ON c.id = f.claim JOIN document d ON d.id = c.document
	       JOIN claim o ON o.id = f.other_claim JOIN document e ON e.id = o.document
	       WHERE f.rule = 'agreement' AND
	             ((d.path LIKE '%/$1.txt' AND e.path LIKE '%/$2.txt') OR
	              (d.path LIKE '%/$2.txt' AND e.path LIKE '%/$1.txt'))"
}
# the claims are read as the same subject, unit and period (else the test
# proves nothing): all GB, GBP, 1987-03-13, one measure, no flow
n=$(count "SELECT count(DISTINCT c.reporter || c.unit || c.period || c.measure || ifnull(c.flow, '-'))
	   FROM claim c JOIN document d ON d.id = c.document
	   WHERE d.path LIKE '%/help.txt' OR d.path LIKE '%/short.txt' OR d.path LIKE '%/again.txt'")
[ "$n" = 1 ] || fail "help/short/again not read as one subject and period ($n kinds)"
[ "$(pairs help short)" = 0 ] || fail "help against shortage compared: $(cat out.txt)"
[ "$(pairs help again)" = 0 ] || fail "help against shortage (again) compared"
[ "$(pairs short again)" = 1 ] || fail "the shortage told twice not compared: $(cat out.txt)"
[ "$(pairs bal1 bal2)" = 1 ] || fail "the balance told twice not compared: $(cat out.txt)"
grep "agrees with" out.txt > /dev/null || fail "no agreement said"
