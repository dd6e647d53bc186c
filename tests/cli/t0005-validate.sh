# validate: the agreement rule on the seeds, findings stored, text and CSV output, --fail-on.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
A="$DATA/articles"
ts ingest --dates "$A/dates.csv" "$A"/*.txt 2>/dev/null
# Only agreement here: without the series, the other rules have little to say
# (attribution's warning on the seeds is t0010's).
ts validate --rule agreement > out.txt 2> err
grep -q 'claims checked by rule agreement: 0 errors, 0 warnings' err || fail "summary: $(cat err)"
# $11.5 billion is in five articles: ten pairs agree; so does 3% (five articles).
[ "$(count "SELECT count(*) FROM finding f JOIN claim c ON c.id = f.claim WHERE f.rule = 'agreement' AND f.severity = 'info' AND c.text = '\$11.5 billion'")" = 10 ] \
	|| fail "agreement pairs for \$11.5 billion"
grep -q "agrees with" out.txt || fail "text output"
ts validate --format csv > f.csv
head -1 f.csv | grep -q '^rule,severity,doc,start,end,text,other_doc,other_start,other_end,other_text,series,period,expected,actual,tolerance,rel_error,message' \
	|| fail "CSV header: $(head -1 f.csv)"
# A run replaces the previous findings.
n=$(count 'SELECT count(*) FROM finding')
ts validate > /dev/null 2>&1
[ "$(count 'SELECT count(*) FROM finding')" = "$n" ] || fail "findings accumulated"
# A disagreeing article makes a warning, and --fail-on turns it into exit 1.
printf 'In August, Chinese imports of Russian goods rose 3%% from a year earlier to $11.9 billion.\n' > other.txt
ts ingest --date 2023-09-21 other.txt 2>/dev/null
expect_exit 0 ts validate
expect_exit 1 ts validate --fail-on warning
expect_exit 0 ts validate --fail-on error
[ "$(count "SELECT count(*) FROM finding WHERE severity = 'warning'")" -ge 5 ] || fail "no warnings for \$11.9 billion"
expect_exit 2 ts validate --fail-on sometimes
expect_exit 2 ts validate --rule nosuchrule
