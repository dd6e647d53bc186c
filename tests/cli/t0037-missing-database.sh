# Issue 11, item 12: only init creates a database. Every other command on a
# mistyped --db exits 4 with "no database at PATH (tradestat init creates
# one)" and creates nothing; validate --fail-on error does not pass.
. "$TOP/tests/cli/lib.sh"
printf 'period,A\n2024-01,1\n' > a.csv
printf 'Exports rose 3%% to $11.5 billion in August.\n' > a.txt
for cmd in "import a.csv" "ingest a.txt" "validate --fail-on error" "export series" \
	   "plot A -o a.svg" "report -o out" "vintage list" "vintage drop 1" "document list" \
	   "document drop 1"; do
	expect_exit 4 "$TRADESTAT" --db typo.db $cmd 2> err
	grep -qx "tradestat: no database at typo.db (tradestat init creates one)" err \
		|| fail "$cmd: $(cat err)"
	[ ! -e typo.db ] || fail "$cmd created the database"
done
TRADESTAT_DB=env.db expect_exit 4 "$TRADESTAT" import a.csv 2> err
grep -q "no database at env.db" err || fail "\$TRADESTAT_DB: $(cat err)"
"$TRADESTAT" --db typo.db init > /dev/null
"$TRADESTAT" --db typo.db import a.csv 2> /dev/null || fail "import after init"
# An empty file is not a database either (only init makes it one).
: > empty.db
expect_exit 4 "$TRADESTAT" --db empty.db import a.csv 2> err
grep -q "not a tradestat database" err || fail "empty file: $(cat err)"
"$TRADESTAT" --db empty.db init > /dev/null || fail "init of an empty file"
