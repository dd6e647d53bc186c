# validate: the balance rule (issue 16 point 1, a figure derivable from
# others) - a trade balance against exports minus imports of the same
# subject and period in its article, within the rounding the three written
# figures allow, and against the export and import series of its subject
# (latest, and as known on the article's date). Every field stated on all
# three: an error from 10% off; one inferred: at most a warning; agreement:
# info. A deficit stated where exports exceed imports is said to be a sign
# error. A balance of another partner is not compared.
. "$TOP/tests/cli/lib.sh"
ts init >/dev/null 2>&1
# ok: 6.5 - 2.3 = 4.2; bad: 3.1 - 1.6 = 1.5, not 1.9; sign: 2.3 - 6.5 < 0,
# yet a surplus; inf: as bad, its imports' reporter from the sentence
# before; other: exports and imports of another partner; ser: a balance
# only, against the series imported below.
article ok 1987-03-17 "TOKYO, March 17 - Japan's exports to the United States in February were 6.5 billion dlrs. Japan's imports from the United States in February were 2.3 billion dlrs. Japan's trade surplus with the United States in February was 4.2 billion dlrs, the Finance Ministry said."
article bad 1987-03-18 "SEOUL, March 18 - South Korea's exports to the United States in February were 3.1 billion dlrs. South Korea's imports from the United States in February were 1.6 billion dlrs. South Korea's trade surplus with the United States in February was 1.9 billion dlrs, officials said."
article sign 1987-03-19 "TAIPEI, March 19 - Taiwan's exports to Japan in February were 2.3 billion dlrs. Taiwan's imports from Japan in February were 6.5 billion dlrs. Taiwan's trade surplus with Japan in February was 4.2 billion dlrs, officials said."
article inf 1987-03-20 "BANGKOK, March 20 - Thailand's exports to the United States in February were 3.1 billion dlrs. Imports from the United States in February were 1.6 billion dlrs, it said. Thailand's trade surplus with the United States in February was 1.9 billion dlrs, officials said."
article other 1987-03-21 "MANILA, March 21 - The Philippines' exports to Japan in February were 3.1 billion dlrs. The Philippines' imports from Japan in February were 1.6 billion dlrs. The Philippines' trade surplus with the United States in February was 1.9 billion dlrs, officials said."
article ser 1987-03-25 "BERNE, March 25 - Switzerland's trade surplus with the United States in February was 1.2 billion dlrs, officials said."
printf 'DATE,CH.EXP.US\n1987-02-01,1500\n' > x1.csv
printf 'DATE,CH.EXP.US\n1987-02-01,1900\n' > x2.csv
printf 'DATE,CH.IMP.US\n1987-02-01,300\n' > m1.csv
ts import --vintage 1987-03-20 --source SFSO --scale million --unit USD --reporter CH \
	--partner US --flow export x1.csv >/dev/null 2>&1 || fail "import x1"
ts import --vintage 1987-06-20 --source SFSO --scale million --unit USD --reporter CH \
	--partner US --flow export x2.csv >/dev/null 2>&1 || fail "import x2"
ts import --vintage 1987-03-20 --source SFSO --scale million --unit USD --reporter CH \
	--partner US --flow import m1.csv >/dev/null 2>&1 || fail "import m1"
ts ingest ./*.txt 2>/dev/null
validate_ok --rule balance

# sev FILE: the balance findings on FILE's claims, by severity.
sev() {
	count "SELECT group_concat(f.severity) FROM finding f
	       JOIN claim c ON c.id = f.claim JOIN document d ON d.id = c.document
	       WHERE f.rule = 'balance' AND d.path LIKE '%/$1.txt'"
}
[ "$(sev ok)" = info ] || fail "ok: '$(sev ok)', expected info"
grep "agrees within rounding" out.txt > /dev/null || fail "no agreement said: $(cat out.txt)"
[ "$(sev bad)" = error ] || fail "bad: '$(sev bad)', expected error"
# the message names all three with file and offsets, and the difference
grep "balance '1.9 billion dlrs' (.*bad.txt \[[0-9]*,[0-9]*)) = \$1.9 bn against exports '3.1 billion dlrs' (.*bad.txt \[[0-9]*,[0-9]*)) minus imports '1.6 billion dlrs' (.*bad.txt \[[0-9]*,[0-9]*)) = \$3.1 bn - \$1.6 bn = \$1.5 bn: differs by \$400 mn" \
	out.txt > /dev/null || fail "bad.txt's message: $(grep -A2 bad.txt out.txt | head -3)"
[ "$(sev sign)" = error ] || fail "sign: '$(sev sign)', expected error"
grep "a sign error: a surplus stated where exports minus imports is a deficit" out.txt \
	> /dev/null || fail "no sign error said"
s=$(sev inf)
[ "$s" = warning ] || fail "inf: '$s', expected warning (a reporter inferred)"
grep "at most warning: reporter inferred from context in .*inf.txt" out.txt > /dev/null \
	|| fail "inf: the cap does not say why"
[ -z "$(sev other)" ] || fail "other: '$(sev other)', expected nothing (another partner)"
# ser: 1.2 against 1.5 - 0.3 = 1.2 as known on 1987-03-25, 1.9 - 0.3 = 1.6 now
[ "$(sev ser)" = info ] || fail "ser: '$(sev ser)', expected info (right when written)"
grep "CH.EXP.US 1987-02 = \$1.5 bn (vintage of 1987-03-20) minus imports CH.IMP.US 1987-02" \
	out.txt > /dev/null || fail "ser: the series are not named: $(grep -A2 ser.txt out.txt)"
grep "right when written (1987-03-25): the latest vintages give \$1.6 bn" out.txt > /dev/null \
	|| fail "ser: not said right when written"
n=$(count "SELECT count(*) FROM finding WHERE rule = 'balance' AND observation IS NOT NULL
	AND other_observation IS NOT NULL AND series = 'CH.EXP.US' AND other_series = 'CH.IMP.US'")
[ "$n" = 1 ] || fail "the series finding stores $n rows naming both observations"
