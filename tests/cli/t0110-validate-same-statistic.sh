# validate: agreement pairs two figures only when they could be the same
# statistic (rule_agreement.c, invariant 15). Bank of England money-market
# stories of one day: "195 mln stg of help" (help) and "a 1.10 billion stg
# shortage" (shortage) have the same subject, unit and period but no flow,
# commodity or balance, and are named by different words: no finding. The
# shortage told again ("a shortage of around 1.1 billion stg", named before
# the figure) is compared, and a trade balance told in other words is too.
. "$TOP/tests/cli/lib.sh"
ts init >/dev/null 2>&1
article help 1987-03-13 "LONDON, March 13 - The Bank of England said it provided the money market with 195 mln stg of help in the morning session."
article short 1987-03-13 "LONDON, March 13 - The Bank of England said the money market had a 1.10 billion stg shortage today."
article again 1987-03-13 "LONDON, March 13 - The Bank of England said the money market had a shortage of around 1.1 billion stg today."
article bal1 1987-03-14 "BONN, March 14 - West Germany's trade surplus in February was 10.4 billion marks, the Federal Statistics Office said."
article bal2 1987-03-15 "FRANKFURT, March 15 - West Germany ran a February trade surplus of 10.4 billion marks, the statistics office said."
ts ingest ./*.txt 2>/dev/null
validate_ok --rule agreement

# pairs A B: the agreement findings between A's and B's claims.
pairs() { finding_between agreement "$1" "$2" "count(*)"; }
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
