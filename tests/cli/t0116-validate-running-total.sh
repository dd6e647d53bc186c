# validate: a part of a period is not the period (issue 16, point 1; check/
# basis.c invariant 6, base.c invariant 2, check/explain.c invariant 1), on sentences
# written for this test after Reuters-21578 15893, 15842, 16935, 14862, 13482.
#  - "Moscow already has purchased over 25 mln tonnes grain for delivery in
#    1986/87" (April 9) is a running total of a season not over: never
#    compared with the same day's estimate of the season's imports (28.0 mln
#    tonnes). Planted: two running totals of the same day that disagree
#    (25 against 20 mln tonnes) stay a finding beyond info.
#  - A story giving a later period (the first quarter) in a sentence of its
#    own does not restate 1986: 7.2 against 7.4 bn stays a warning; a later
#    month in January's own sentence ("rose to 1.25 billion dlrs in February
#    from 623 mln dlrs in January") is that release's report: a revision.
#  - "Imports rose to 7.08 billion from 5.33 billion last year", after a
#    first-quarter sentence, with 7.08 read as 1987 in an April story: 5.33
#    is the base of a figure to date, at most info against 1986's 6.1 bn.
. "$TOP/tests/cli/lib.sh"
pair() { finding_between "$1" "$2" "$3" "group_concat(f.severity || ' ' || replace(f.message, char(10), ' '), ' | ')"; }
run() {
	rm -f t.db
	ts init >/dev/null 2>&1
	ts ingest $(printf './%s ' "$@") 2>/dev/null
	ts validate --format csv > out.csv 2>/dev/null || true
}

article su_a 1987-04-09 "WASHINGTON, April 9 - The U.S. Agriculture Department estimated Soviet grain imports in 1986/87 at 28.0 mln tonnes."
article su_b 1987-04-09 "WASHINGTON, April 9 - USDA said the Soviet Union already has purchased over 25 mln tonnes grain for delivery in 1986/87."
article su_c 1987-04-09 "CHICAGO, April 9 - Traders said the Soviet Union already has purchased 20 mln tonnes grain for delivery in 1986/87."
run su_a.txt su_b.txt su_c.txt
got=$(pair agreement su_a su_b)
[ -z "$got" ] || fail "purchases so far against the season's estimate: '$got'"
# Planted: two running totals of one day, 25 (over) against 20 mln tonnes.
got=$(pair agreement su_b su_c)
case "$got" in warning\ *|error\ *) ;; *) fail "25 against 20 mln tonnes bought so far: '$got'" ;; esac

article kr_a 1987-04-08 "SEOUL, April 8 - South Korea's trade surplus with the U.S. rose to 7.4 billion dlrs in 1986, the ministry said."
article kr_b 1987-04-21 "SEOUL, April 21 - South Korea had a 7.2 billion dlr trade surplus with the U.S. in 1986. It had a 1.4 billion dlr trade surplus with the U.S. in the first quarter of 1987."
run kr_a.txt kr_b.txt
got=$(pair agreement kr_a kr_b "AND c.period = '1986'")
case "$got" in warning\ *"by -2.7%"*|warning\ *"by +2.8%"*) ;; *) fail "7.2 against 7.4 bn, a later quarter apart: '$got'" ;; esac
case "$got" in *revision*) fail "a later quarter in its own sentence made a revision: '$got'" ;; esac
article ca_a 1987-03-12 "OTTAWA, March 12 - Canada had a trade surplus of 533 mln dlrs in January, Statistics Canada said."
article ca_b 1987-04-09 "OTTAWA, April 9 - Canada's trade surplus rose to 1.25 billion dlrs in February from 623 mln dlrs in January, Statistics Canada said."
run ca_a.txt ca_b.txt
got=$(pair agreement ca_a ca_b "AND c.period = '1987-01'")
case "$got" in info\ *"a revision, not a disagreement"*"also gives 1.25 billion dlrs for 1987-02"*) ;;
*) fail "January restated with February: '$got'" ;; esac

article tw_a 1987-04-07 "TAIPEI, April 7 - Taiwan's first quarter exports rose to 11.25 billion U.S. Dlrs from 8.38 billion in the same period in 1986. Taiwan's imports rose to 7.08 billion dlrs in 1987 from 5.33 billion dlrs in 1986."
article tw_b 1987-03-12 "TAIPEI, March 12 - Taiwan's imports rose to 6.1 billion dlrs in 1986, the Finance Ministry said."
run tw_a.txt tw_b.txt
got=$(pair agreement tw_a tw_b)
case "$got" in info\ *"5.33 billion dlrs is the base of 7.08 billion dlrs for 1987, a period not over on 1987-04-07"*) ;;
*) fail "the base of a figure to date: '$got'" ;; esac
echo "ok: a running total, a later quarter and a base to date are not the period"
