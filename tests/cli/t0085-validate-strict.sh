# validate: comparability made strict, on sentences written for this test
# (issue 16, point 1). Outstanding commitments "this year" told on two
# dates, exports "so far" and a quarter told during the year, and a deficit
# written cut to its digits ("169 billion" for 169.8) raise nothing above
# info; a doctored copy of the same deficit (165 billion) still does.
. "$TOP/tests/cli/lib.sh"
ts init >/dev/null 2>&1
article a 1987-04-07 "BANGKOK, April 7 - Thailand exported 1.23 mln tonnes of rice in January/March, the Commerce Ministry said.
    It has commitments to export another 381,171 tonnes of rice this year."
article b 1987-04-09 "BANGKOK, April 9 - Thailand exported 1.29 mln tonnes of rice so far in 1987, the Commerce Ministry said.
    It has commitments to export a further 353,045 tonnes of rice this year."
article c 1987-03-20 "WASHINGTON, March 20 - The United States had a trade deficit of 169.8 billion dlrs in 1986, the Commerce Department said."
article d 1987-03-24 "WASHINGTON, March 24 - The U.S. trade deficit was 169 billion dlrs in 1986, officials said."
article e 1987-03-26 "WASHINGTON, March 26 - The U.S. trade deficit was 165 billion dlrs in 1986, officials said."
ts ingest ./*.txt 2>/dev/null
ts validate --format csv > out.csv 2>/dev/null || true

# sev A B: the agreement findings between two files' figures, by severity.
sev() { finding_between agreement "$1" "$2" "coalesce(group_concat(f.severity), 'none')"; }
# The stories of April 7 and 9 speak of 1987 while it runs: commitments and
# cumulative exports are figures to their dates, never one figure. (Only
# meaningful when the parser gives both commitments the same subject and
# period, as it does at the time of writing: else say it is skipped.)
same=$(count "SELECT count(DISTINCT coalesce(measure, '') || period || coalesce(flow, '') ||
	coalesce(reporter, '') || coalesce(partner, '') || coalesce(commodity, ''))
	FROM claim WHERE text IN ('381,171 tonnes', '353,045 tonnes')")
if [ "$same" = 1 ]; then
	[ "$(sev a b)" = none ] || fail "commitments or exports to date compared: $(sev a b)"
else
	echo "skipped: the two commitments differ in subject or period ($same keys)"
fi
n=$(count "SELECT count(*) FROM finding WHERE severity <> 'info'")
# 169 is 169.8 cut to its digits: agreement with rounding, and it says so.
got=$(sev c d)
[ "$got" = info ] || fail "169 against 169.8 billion: '$got', want info"
grep -q 'cut to its written digits' out.csv || fail "the message does not say it is cut"
# 165 is no rounding of 169.8: still a finding above info.
case "$(sev c e)" in warning|error) ;; *) fail "165 against 169.8 billion: '$(sev c e)'" ;; esac
echo "findings above info: $n"
