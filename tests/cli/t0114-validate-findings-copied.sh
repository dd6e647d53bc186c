# validate writes its findings into a TEMP table as the rules give them and
# copies them into finding at its end, after the previous run's are deleted
# (cmd/validate.c, invariants 1 and 2): the ids are 1..n in the rules' order
# on a full run, a re-run gives the same rows, --rule replaces only that
# rule's (the others keep their ids), a run whose copy fails leaves the
# previous findings, and the scratch table never reaches the database file.
. "$TOP/tests/cli/lib.sh"
"$TRADESTAT" --db t.db init > /dev/null
TRADESTAT="$TRADESTAT" "$TOP/data/monthly.sh" --db t.db --report rep --releases "$DATA/series" \
	--articles "$DATA/articles" > /dev/null 2>&1 || [ $? = 1 ] || fail "monthly.sh failed"
# Every column but the time of the run.
rows() { sqlite3 t.db "SELECT id, rule, severity, claim, other_claim, observation, series, period,
	expected, actual, tolerance, rel_error, message, other_observation, other_series FROM finding ORDER BY id"; }
n=$(count 'SELECT count(*) FROM finding')
[ "$n" -ge 50 ] || fail "only $n findings on the demo"
[ "$(count "SELECT min(id) || ' ' || max(id) FROM finding")" = "1 $n" ] \
	|| fail "ids are not 1..$n: $(count 'SELECT min(id), max(id) FROM finding')"
[ "$(count "SELECT count(*) FROM finding WHERE created GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T*Z'")" = "$n" ] \
	|| fail "a finding without its time"
[ "$(count "SELECT count(*) FROM sqlite_schema WHERE name = 'finding_run'")" = 0 ] \
	|| fail "the scratch table is in the database file"
rows > one.txt
ts validate -q 2> err || [ $? = 1 ] || fail "validate failed: $(cat err)"
rows > two.txt
cmp -s one.txt two.txt || fail "a re-run changed the findings: $(diff one.txt two.txt | head -3)"

# --rule agreement: the other rules' findings keep their ids; agreement's
# come after them, the same rows but for the id.
others() { sqlite3 t.db "SELECT * FROM finding WHERE rule <> 'agreement' ORDER BY id" | cut -d'|' -f1-13; }
agree() { sqlite3 t.db "SELECT rule, severity, claim, other_claim, message FROM finding WHERE rule = 'agreement' ORDER BY id"; }
others > o1.txt
agree > a1.txt
[ -s a1.txt ] || fail "no agreement findings on the demo"
ts validate -q --rule agreement 2> err || [ $? = 1 ] || fail "validate --rule failed: $(cat err)"
others > o2.txt
agree > a2.txt
cmp -s o1.txt o2.txt || fail "--rule agreement changed the other rules' findings"
cmp -s a1.txt a2.txt || fail "--rule agreement gave other findings: $(diff a1.txt a2.txt | head -3)"
[ "$(count "SELECT min(id) FROM finding WHERE rule = 'agreement'")" -gt \
  "$(count "SELECT max(id) FROM finding WHERE rule <> 'agreement'")" ] || fail "agreement's new ids"

# A run whose copy into finding fails (a trigger refuses the rows) exits 4 and
# leaves the previous findings as they were.
rows > before.txt
sqlite3 t.db "CREATE TRIGGER refuse BEFORE INSERT ON finding BEGIN SELECT RAISE(ABORT, 'refused'); END"
expect_exit 4 ts validate -q 2> err
grep -q refused err || fail "the failure is not said: $(cat err)"
sqlite3 t.db "DROP TRIGGER refuse"
rows > after.txt
cmp -s before.txt after.txt || fail "a failed run changed the findings"
