# validate: revisions inferred from the releases the articles report (issue
# 16, point 2, without vintages; check/explain.c), on sentences written for
# this test. A later release restates the month before: info, naming the
# later period. A value told on two dates and then replaced a release cycle
# later: info, naming the date range. Two claims a month apart with nothing
# else, or a value replaced within days, stay a disagreement.
. "$TOP/tests/cli/lib.sh"
ts init >/dev/null 2>&1
# Canada: January's release, then February's, which restates January.
article ca1 1987-03-12 "OTTAWA, March 12 - Canada had a trade surplus of 533 mln dlrs in January, Statistics Canada said."
article ca2 1987-04-09 "OTTAWA, April 9 - Canada's trade surplus rose to 1.25 billion dlrs in February from 623 mln dlrs in January, Statistics Canada said."
# Mexico: two stories a month apart, nothing else: no evidence of a release.
article mx1 1987-03-12 "MEXICO CITY, March 12 - Mexico had a trade surplus of 530 mln dlrs in January, the Finance Ministry said."
article mx2 1987-04-09 "MEXICO CITY, April 9 - Mexico had a trade surplus of 620 mln dlrs in January, the Finance Ministry said."
# The U.S. 1986 deficit: 169.8 bn told from March 4 to April 24, then 166.3.
article us1 1987-03-04 "WASHINGTON, March 4 - The U.S. trade deficit was a record 169.8 billion dlrs in 1986, the Commerce Department said."
article us2 1987-04-24 "WASHINGTON, April 24 - The U.S. trade deficit was 169.8 billion dlrs in 1986, the Commerce Department said."
article us3 1987-06-19 "WASHINGTON, June 19 - The U.S. trade deficit was 166.3 billion dlrs in 1986, the Commerce Department said."
# Brazil's 1986 surplus: 9.5 bn on March 2 and 9, 8.3 bn on March 16: days,
# not a release cycle.
article br1 1987-03-02 "BRASILIA, March 2 - Brazil had a trade surplus of 9.5 billion dlrs in 1986, the central bank said."
article br2 1987-03-09 "BRASILIA, March 9 - Brazil had a trade surplus of 9.5 billion dlrs in 1986, the central bank said."
article br3 1987-03-16 "BRASILIA, March 16 - Brazil had a trade surplus of 8.3 billion dlrs in 1986, the central bank said."
ts ingest ./*.txt 2>/dev/null
ts validate --format csv > out.csv 2>/dev/null || true

# pair A B: severity and message of the agreement finding between two files.
pair() { finding_between agreement "$1" "$2" "f.severity || ' ' || f.message" "AND c.period = o.period"; }
got=$(pair ca1 ca2)
case "$got" in
info\ a\ revision*"ca2.txt (1987-04-09) also gives 1.25 billion dlrs for 1987-02, after 1987-01"*) ;;
*) fail "Canada's January restated by February's release: '$got'" ;;
esac
got=$(pair mx1 mx2)
case "$got" in warning*|error*) ;; *) fail "two claims a month apart: '$got'" ;; esac
got=$(pair us1 us3)
case "$got" in
info\ a\ revision*"2 claims from 1987-03-04 to 1987-04-24 gave 169.8 billion dlrs, none from 1987-06-19 on"*) ;;
*) fail "the U.S. deficit revised after two months: '$got'" ;;
esac
got=$(pair us2 us3)
case "$got" in info\ a\ revision*) ;; *) fail "us2 against us3: '$got'" ;; esac
got=$(pair br1 br3)
case "$got" in warning*|error*) ;; *) fail "replaced within days: '$got'" ;; esac
echo "ok: restated, shifted, and not"
