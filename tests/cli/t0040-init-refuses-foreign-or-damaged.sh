# Issue 11, item 13: init refuses another application's SQLite file (adds no
# table to it) and a database with damaged pages (exit 4, named).
. "$TOP/tests/cli/lib.sh"
sqlite3 other.db "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('x')"
expect_exit 4 "$TRADESTAT" --db other.db init 2> err
grep -q "other.db: not a tradestat database" err || fail "$(cat err)"
[ "$(sqlite3 other.db "SELECT group_concat(name) FROM sqlite_master")" = notes ] || fail "tables added"
# A tradestat database with a page overwritten.
"$TRADESTAT" --db d.db init > /dev/null
"$TRADESTAT" --db d.db import --vintage 2017-03-03 "$DATA/series/impch_us_imports_from_china_snapshot_2017-03-03.csv" 2> /dev/null
sqlite3 d.db 'PRAGMA wal_checkpoint(TRUNCATE)' > /dev/null
size=$(wc -c < d.db)
page=$(sqlite3 d.db 'PRAGMA page_size')
[ "$size" -ge $((page * 6)) ] || fail "database too small to damage: $size"
python3 - "$page" <<'P'
import sys
page = int(sys.argv[1])
with open("d.db", "r+b") as f:
    for k in (1, 2, 3, 4):            # the headers of pages 2 to 5 (b-tree pages)
        f.seek(page * k)
        f.write(b"\x0d\xff\xff\xff\xff\xff\xff\xff")
P
expect_exit 4 "$TRADESTAT" --db d.db init 2> err
grep -q "d.db: the database is damaged" err || fail "$(cat err)"
