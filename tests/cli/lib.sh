# tests/cli/lib.sh - helpers sourced by the end-to-end tests.
# ts runs the binary under test on ./t.db; expect_exit checks an exit status.

ts() { "$TRADESTAT" --db t.db "$@"; }

fail() { echo "FAIL: $*" >&2; exit 1; }

# The schema version this tradestat writes (store.h's STORE_SCHEMA_VERSION).
SCHEMA=6

# expect_exit CODE CMD...: runs CMD, fails unless it exits with CODE.
expect_exit() {
	want=$1; shift
	set +e; "$@"; got=$?; set -e
	[ "$got" -eq "$want" ] || fail "'$*' exited $got, expected $want"
}

# count SQL: one number from the test database.
count() { sqlite3 t.db "$1"; }

# field FILE ROWMATCH COLUMN: the named column of the first CSV row whose line
# contains ROWMATCH (simple CSV: used on our own output for unquoted columns).
col_index() { head -1 "$1" | tr -d '\r' | tr ',' '\n' | grep -nx "$2" | cut -d: -f1; }

# article NAME DATE TEXT: NAME.txt, an article dated DATE (its "date:" header)
# whose body is TEXT.
article() { printf 'date: %s\n\n%s\n' "$2" "$3" > "$1.txt"; }

# validate_ok ARGS...: ts validate ARGS, its output in out.txt and errors in
# err.txt; fails unless it exits 0 or 1 (findings).
validate_ok() {
	rc=0; ts validate "$@" > out.txt 2> err.txt || rc=$?
	[ "$rc" -le 1 ] || fail "validate exit $rc: $(cat err.txt)"
}

# finding_between RULE A B WHAT [AND...]: WHAT (an SQL expression over
# finding f, e.g. "group_concat(f.severity)") of RULE's findings between a
# claim of A.txt and one of B.txt, either way round; AND... narrows them
# ("AND c.period = o.period": c the claim, o the other claim).
finding_between() {
	count "SELECT $4 FROM finding f
	       JOIN claim c ON c.id = f.claim JOIN document d ON d.id = c.document
	       JOIN claim o ON o.id = f.other_claim JOIN document od ON od.id = o.document
	       WHERE f.rule = '$1' ${5:-}
	         AND ((d.path LIKE '%/$2.txt' AND od.path LIKE '%/$3.txt')
	           OR (d.path LIKE '%/$3.txt' AND od.path LIKE '%/$2.txt'))"
}

# migrate_from V KEEP: tests/data/vV.db as t.db, writable, checked to be
# schema version V and to hold data; KEEP's rows (SQL) saved in ./before; a
# read-only command refused with the message that says to run init.
migrate_from() {
	cp "$TOP/tests/data/v$1.db" t.db
	chmod u+w t.db
	[ "$(count 'PRAGMA user_version')" = "$1" ] || fail "the fixture is not version $1"
	sqlite3 t.db "$2" > before
	[ "$(wc -l < before)" -gt 1000 ] || fail "the fixture holds little: $(wc -l < before) rows"
	expect_exit 4 ts export findings 2> err
	grep -q "schema version $1 is older than this tradestat's ($SCHEMA): run 'tradestat init'" err \
		|| fail "read-only open of a version-$1 database: $(cat err)"
}

# migrate_init: ts init migrates t.db to version $SCHEMA (what it holds as
# the fixtures do), without a warning or a broken reference.
migrate_init() {
	ts init > out 2> err
	grep -q "schema version $SCHEMA, 5 documents, 26 claims, 5 series, 13 vintages, [0-9]* observations, 45 findings" out \
		|| fail "init after migration: $(cat out)"
	[ ! -s err ] || fail "the migration warned: $(cat err)"
	[ "$(count 'PRAGMA user_version')" = $SCHEMA ] || fail "user_version after migration"
	[ -z "$(count 'PRAGMA foreign_key_check')" ] || fail "broken references"
}

# migrate_check KEEP: migrate_init, and KEEP's rows are as ./before has them,
# but for version 5's claim.source (NULL on claims stored before: t0083).
migrate_check() {
	migrate_init
	[ "$(count 'SELECT count(*) FROM claim WHERE source IS NOT NULL')" = 0 ] || fail "old claims got a source"
	cp t.db cmp.db
	sqlite3 cmp.db "DROP VIEW check_fact; ALTER TABLE claim DROP COLUMN source" || fail "claim.source"
	sqlite3 cmp.db "$1" > after
	cmp before after || fail "the migration changed stored data: $(diff before after | head)"
}

# peak ARGS...: "exit-status peak-RSS-in-KiB" of one tradestat run, its
# output in out.txt.
peak() {
	python3 -c 'import resource, subprocess, sys
r = subprocess.run(sys.argv[1:], stdout=open("out.txt", "wb"), stderr=subprocess.DEVNULL)
print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$TRADESTAT" "$@"
}

# big_article MB...: bigMB.txt, MB MiB of Reuters stories (bench/corpus) over
# and over, cut at the byte.
big_article() {
	for mb in "$@"; do
		: > big$mb.txt
		while [ "$(wc -c < big$mb.txt)" -lt $((mb * 1048576)) ]; do
			cat "$TOP"/bench/corpus/reuters/*.txt >> big$mb.txt
		done
		head -c $((mb * 1048576)) big$mb.txt > cut.txt && mv cut.txt big$mb.txt
	done
}

# seed_db: t.db with the shipped series (GACC's as reported; FRED's IMPCH in
# three vintages) and the seed articles, with their dates.
seed_db() {
	ts init >/dev/null 2>&1
	ts import --vintage-column reported_on --source GACC \
		"$DATA/series/cn_imports_from_ru_as_reported.csv" 2>/dev/null
	for v in 2017-03-03 2019-05-10 2026-02-28; do
		ts import --vintage "$v" --source FRED --scale million --unit USD --reporter US \
			--partner CN --flow import \
			"$DATA/series/impch_us_imports_from_china_snapshot_$v.csv" 2>/dev/null
	done
	ts ingest --dates "$DATA/articles/dates.csv" "$DATA"/articles/*.txt 2>/dev/null
}
