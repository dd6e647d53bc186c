# validate: mirror evidence in the archive (issue 16, point 4; check/explain.c),
# on sentences written for this test. Japan's 1986 surplus with the U.S. is
# told as 51.5 bn (Tokyo) and as 58.6 bn (a story quoting the U.S. figure);
# the U.S. deficit with Japan is 58.6 bn: the pair is a mirror difference,
# beyond the band (a warning of rule mirror naming the three sources), not
# an agreement error. Within the band it is info. Without the other side's
# figure, or when the story's other year disagrees with the other side, it
# stays an agreement finding.
. "$TOP/tests/cli/lib.sh"
ts init >/dev/null 2>&1
article jp1 1987-04-02 "TOKYO, April 2 - Japan's trade surplus with the United States was 51.5 billion dlrs in 1986, the Finance Ministry said."
article jp2 1987-04-20 "TOKYO, April 20 - Japan's trade surplus with the United States was 58.6 billion dlrs in 1986, officials said."
article us1 1987-03-17 "WASHINGTON, March 17 - The U.S. trade deficit with Japan was 58.6 billion dlrs in 1986, the Commerce Department said."
# Korea: the Seoul story's 1985 figure is not the U.S. one, so its 1986
# figure meeting the U.S. 1986 figure is no evidence.
article kr1 1987-03-31 "SEOUL, March 31 - South Korea's trade surplus with the United States was 7.1 billion dlrs in 1986, the Trade Ministry said."
article kr1b 1987-03-31 "SEOUL, March 31 - South Korea's trade surplus with the United States was 4.3 billion dlrs in 1985, the Trade Ministry said."
article kr2 1987-06-01 "SEOUL, June 1 - South Korea's trade surplus with the United States was 7.6 billion dlrs in 1986, the Trade Ministry said."
article us2 1987-03-19 "WASHINGTON, March 19 - The U.S. trade deficit with South Korea was 7.1 billion dlrs in 1986, the Commerce Department said."
article us2b 1987-03-19 "WASHINGTON, March 19 - The U.S. trade deficit with South Korea was 4.8 billion dlrs in 1985, the Commerce Department said."
ts ingest ./*.txt 2>/dev/null
ts validate --format csv > out.csv 2>/dev/null || true

# pair RULE A B: severity and message of RULE's finding between two files.
pair() { finding_between "$1" "$2" "$3" "f.severity || ' ' || f.message"; }
[ -z "$(pair agreement jp1 jp2)" ] || fail "Japan's two figures still an agreement finding: $(pair agreement jp1 jp2)"
got=$(pair mirror jp1 jp2)
case "$got" in
warning\ mirror\ statistics:\ 58.6\ billion\ dlrs*"is US's own figure"*us1.txt*"told as JP's"*jp1.txt*"ratio 1.14"*) ;;
*) fail "Japan's 58.6 against 51.5 bn: '$got'" ;;
esac
# Korea: 1985 in stories of its own says nothing about the 1986 story; put
# each side's 1985 figure in its 1986 story and the evidence goes.
got=$(pair agreement kr1 kr2)
[ -z "$got" ] || fail "kr1 against kr2 with evidence: '$got'"
case "$(pair mirror kr1 kr2)" in info\ mirror*within*) ;; *) fail "Korea within the band: '$(pair mirror kr1 kr2)'" ;; esac
rm -f t.db ./*.txt
ts init >/dev/null 2>&1
article kr1 1987-03-31 "SEOUL, March 31 - South Korea's trade surplus with the United States rose to 7.1 billion dlrs in 1986 from 4.3 billion in 1985, the Trade Ministry said."
article kr2 1987-06-01 "SEOUL, June 1 - South Korea's trade surplus with the United States was 7.6 billion dlrs in 1986, the Trade Ministry said."
article us2 1987-03-19 "WASHINGTON, March 19 - The U.S. trade deficit with South Korea rose to 7.1 billion dlrs in 1986 from 4.8 billion in 1985, the Commerce Department said."
ts ingest ./*.txt 2>/dev/null
ts validate --format csv > out2.csv 2>/dev/null || true
got=$(pair agreement kr1 kr2)
case "$got" in warning*|error*) ;; *) fail "Korea's own 1985 figure is not the U.S. one: '$got'" ;; esac
echo "ok: mirror evidence, and not"
