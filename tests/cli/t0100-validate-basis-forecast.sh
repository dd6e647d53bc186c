# validate: differences a compilation basis or a forecaster explains (issue
# 16, point 1; check/explain.c invariant 6, check/basis.c invariant 12), on
# sentences written for this test.
#  - Japan states its 1986 surplus on a customs cleared basis in one story and
#    its trade on a balance of payments basis in another: two stories giving
#    the 1986 surplus with no basis, 83 and 92.7 bn, are within the gap the two
#    bases make (15% of the larger): info, naming the evidence. Without the
#    balance-of-payments story, or beyond the gap (110 bn), they stay a
#    warning: a planted contradiction.
#  - "Morgan expects Taiwan's surplus to grow to 18.5 bn in 1987 from 15.2 bn
#    last year": 15.2 bn is the forecaster's own base figure, at most info
#    against the official 15.6 bn; the same sentence from the Finance
#    Ministry stays a warning.
#  - "almost 90 billion" (approx "nearly", tests/eval/gold/GUIDE.md's word) is open below
#    (81 to 94.5 bn): 83 bn agrees with it,
#    and the message says which hedge and what it allows.
. "$TOP/tests/cli/lib.sh"
article jp_a 1987-03-05 "TOKYO, March 5 - Japan's trade surplus hit a record 83 billion dlrs in 1986, the U.S. envoy said."
article jp_b 1987-03-31 "LONDON, March 31 - Japan's trade surplus was 92.7 billion dlrs in 1986, economists said."
article jp_c 1987-06-15 "TOKYO, June 15 - On a customs cleared basis, Japan's trade surplus was 82.66 billion dlrs in 1986, the Finance Ministry said."
article jp_d 1987-03-27 "TOKYO, March 27 - Japan's trade surplus was 8.14 billion dlrs in February 1987 on a balance of payments basis, the Finance Ministry said."
article jp_e 1987-04-22 "BRUSSELS, April 22 - Japan's trade surplus, which hit almost 90 billion dlrs last year, must fall, the EC said."
article tw_a 1987-03-19 "NEW YORK, March 19 - Morgan expects Taiwan's overall trade surplus to grow to 18.5 billion dlrs in 1987 from 15.2 billion last year."
article tw_b 1987-03-12 "TAIPEI, March 12 - Taiwan's trade surplus reached a record 15.6 billion dlrs in 1986, the Finance Ministry said."

# pair RULE A B: severity and message of RULE's finding between two files.
pair() { finding_between "$1" "$2" "$3" "f.severity || ' ' || replace(f.message, char(10), ' ')"; }
run() {
	rm -f t.db
	ts init >/dev/null 2>&1
	ts ingest $(printf './%s ' "$@") 2>/dev/null
	ts validate --format csv > out.csv 2>/dev/null || true
}

run jp_a.txt jp_b.txt jp_c.txt jp_d.txt jp_e.txt tw_a.txt tw_b.txt
got=$(pair agreement jp_a jp_b)
case "$got" in
info\ *"may differ by compilation basis: JP gives this trade on a customs basis (82.66 billion dlrs, jp_c.txt) and a balance-of-payments one (8.14 billion dlrs, jp_d.txt); neither figure states its basis; gap allowed \$14.5 bn (15% of the larger)"*) ;;
*) fail "83 against 92.7 bn with both bases shown: '$got'" ;;
esac
got=$(pair agreement jp_a jp_e)
case "$got" in
info\ *"agrees with"*"\$81 bn to \$94.5 bn ('nearly': -10% to +5%)"*) ;;
*) fail "83 against almost 90 bn: '$got'" ;;
esac
got=$(pair agreement tw_a tw_b)
case "$got" in
info\ *"15.2 billion is the base of a forecast (18.5 billion dlrs for 1987) in a sentence of "*"naming no official source"*) ;;
*) fail "Morgan's base figure: '$got'" ;;
esac

# Planted: no balance-of-payments story, nothing says Japan has two bases.
run jp_a.txt jp_b.txt jp_c.txt
got=$(pair agreement jp_a jp_b)
case "$got" in warning\ *"by +11.7%"*) ;; *) fail "83 against 92.7 bn without evidence: '$got'" ;; esac
# Planted: beyond the gap two bases make (110 against 83 bn, 25% apart).
article jp_b 1987-03-31 "LONDON, March 31 - Japan's trade surplus was 110 billion dlrs in 1986, economists said."
run jp_a.txt jp_b.txt jp_c.txt jp_d.txt
got=$(pair agreement jp_a jp_b)
case "$got" in warning\ *) ;; *) fail "83 against 110 bn: '$got'" ;; esac
# Planted: a ministry's forecast keeps its base figure comparable.
article tw_a 1987-03-19 "TAIPEI, March 19 - The Finance Ministry expects Taiwan's overall trade surplus to grow to 18.5 billion dlrs in 1987 from 15.2 billion last year."
run tw_a.txt tw_b.txt
got=$(pair agreement tw_a tw_b)
case "$got" in warning\ *"by +2.6%"*) ;; *) fail "the ministry's base figure: '$got'" ;; esac
echo "ok: compilation bases and a forecaster's base explained, and not"
