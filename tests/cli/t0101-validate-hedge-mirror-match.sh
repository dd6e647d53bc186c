# validate: what a hedge allows, and what counts as the other side's figure
# (issue 16, points 1 and 4; check/tol.c invariant 6, check/explain.c
# invariants 5 and 7), on sentences written for this test.
#  - "over 3.2 billion" is open above: 3.45 bn agrees with it (3.04 to 3.52
#    bn, "'over': -5% to +10%" in the message); 2.9 bn below it stays a
#    warning (planted).
#  - "4.9 billion" and the U.S. "4.8 billion" touch at 4.85 only: the Hong
#    Kong 4.9 is not shown to be the U.S. figure, so 4.9 against Seoul's 4.3
#    stays an agreement error (planted), not a mirror gap.
#  - "59-billion-dlr" touches the U.S. "58 billion" only, but is within
#    rounding of another story's 58.6, which is the U.S. figure (58 is 58.6
#    cut): a mirror warning naming the claim it goes through.
. "$TOP/tests/cli/lib.sh"
article h1 1987-03-10 "OSLO, March 10 - Norway's exports rose to over 3.2 billion dlrs in 1986, the statistics office said."
article h2 1987-04-10 "OSLO, April 10 - Norway's exports were 3.45 billion dlrs in 1986, the statistics office said."
article h3 1987-03-12 "OSLO, March 12 - Norway's exports were 2.9 billion dlrs in 1986, the statistics office said."
article kr1 1987-04-08 "SEOUL, April 8 - South Korea's trade surplus with the United States was 4.3 billion dlrs in 1985, the Trade Ministry said."
article kr2 1987-04-07 "HONG KONG, April 7 - South Korea's trade surplus with the United States was 4.9 billion dlrs in 1985."
article us1 1987-03-19 "WASHINGTON, March 19 - The U.S. trade deficit with South Korea was 4.8 billion dlrs in 1985, the Commerce Department said."
article jp1 1987-04-02 "TOKYO, April 2 - Japan's trade surplus with the United States was 51.5 billion dlrs in 1986, the Foreign Ministry said."
article jp2 1987-03-24 "TOKYO, March 24 - Tokyo had a 59-billion-dlr surplus with the United States in 1986, officials said."
article jp3 1987-04-27 "TOKYO, April 27 - Japan's trade surplus with the United States reached a record 58.6 billion dlrs in 1986, officials said."
article us2 1987-04-22 "BRUSSELS, April 22 - The U.S. trade deficit with Japan hit 58 billion dlrs in 1986, the minister said."
ts init >/dev/null 2>&1
ts ingest ./*.txt 2>/dev/null
ts validate --format csv > out.csv 2>/dev/null || true

# pair RULE A B: severity and message of RULE's finding between two files.
pair() { finding_between "$1" "$2" "$3" "f.severity || ' ' || replace(f.message, char(10), ' ')"; }
got=$(pair agreement h1 h2)
case "$got" in info\ *"agrees with"*"\$3.04 bn to \$3.52 bn ('over': -5% to +10%))"*) ;;
*) fail "3.45 against over 3.2 bn: '$got'" ;; esac
got=$(pair agreement h1 h3)
case "$got" in warning\ *"does not overlap"*"('over': -5% to +10%)"*) ;;
*) fail "2.9 against over 3.2 bn (planted): '$got'" ;; esac
got=$(pair agreement kr1 kr2)
case "$got" in error\ *"by +14.0%"*) ;; *) fail "4.9 against 4.3 bn (planted): '$got'" ;; esac
[ -z "$(pair mirror kr1 kr2)" ] || fail "4.9 taken for the U.S. 4.8: '$(pair mirror kr1 kr2)'"
[ -z "$(pair agreement jp1 jp2)" ] || fail "59 against 51.5 bn still agreement: '$(pair agreement jp1 jp2)'"
got=$(pair mirror jp1 jp2)
case "$got" in
warning\ *"59-billion-dlr (JP's balance with US, ./jp2.txt) is US's own figure as 58.6 billion dlrs (./jp3.txt) is, within rounding of it, 58 billion dlrs (US's balance with JP, ./us2.txt), told as JP's"*) ;;
*) fail "59 through 58.6 bn: '$got'" ;; esac
echo "ok: hedges open on their side; mirror matches shown, not touching"
