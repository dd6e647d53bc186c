# tests/cli/lib.sh - helpers sourced by the end-to-end tests.
# ts runs the binary under test on ./t.db; expect_exit checks an exit status.

ts() { "$TRADESTAT" --db t.db "$@"; }

fail() { echo "FAIL: $*" >&2; exit 1; }

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
