# Issue 11, item 10: a user who can read but not write a WAL database can
# export and plot; nothing is left behind owned by them (which would stop
# the owner's next import); a write that begins meanwhile is caught.
# As root, the reader is 'nobody' and the owner 'daemon' (setpriv); as
# another user, the database is the user's own, made read-only by its mode.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
ts import --vintage-column reported_on "$DATA/series/cn_imports_from_ru_as_reported.csv" 2>/dev/null
ts ingest --dates "$DATA/articles/dates.csv" "$DATA"/articles/*.txt 2>/dev/null
ts export series > want.csv
mkdir -m 755 shared
cp t.db shared/t.db
cp "$TRADESTAT" shared/tradestat	# a binary under a private build folder may not be reachable
chmod 755 . shared/tradestat
if [ "$(id -u)" = 0 ]; then
	command -v setpriv >/dev/null || { echo "skipped: no setpriv"; exit 0; }
	chown 1:1 shared/t.db && chmod 644 shared/t.db
	as_reader() { setpriv --reuid 65534 --regid 65534 --clear-groups "$@"; }
	as_owner() { setpriv --reuid 1 --regid 1 --clear-groups "$@"; }
else
	chmod 444 shared/t.db
	as_reader() { "$@"; }
	as_owner() { chmod 644 shared/t.db; "$@"; chmod 444 shared/t.db; }
fi
out=$(mktemp -d)
chmod 777 "$out"
# A read-only folder: SQLite cannot make the -shm; the database is read whole.
chmod 555 shared
as_reader shared/tradestat --db shared/t.db export series -o "$out/series.csv" 2> err ||
	fail "export as a reader: $(cat err)"
cmp -s "$out/series.csv" want.csv || fail "the reader's export differs"
as_reader shared/tradestat --db shared/t.db plot CN.IMP.RU -o "$out/c.svg" 2> err ||
	fail "plot as a reader: $(cat err)"
grep -q '</svg>' "$out/c.svg" || fail "the reader's chart is incomplete"
# A folder the reader may write in: still nothing of theirs is left beside it.
chmod 1777 shared
as_reader shared/tradestat --db shared/t.db export claims -o "$out/claims.csv" 2> err ||
	fail "export as a reader, writable folder: $(cat err)"
[ "$(ls shared | tr '\n' ' ')" = "t.db tradestat " ] || fail "the reader left: $(ls shared)"
# ...so the owner can still write.
printf 'series,period,value\nRO.TEST,2023,1\n' > ro.csv
chmod 644 ro.csv
as_owner shared/tradestat --db shared/t.db import --vintage 2024-01-01 ro.csv 2> err ||
	fail "the owner cannot import after a reader: $(cat err)"
# A write that begins while the reader reads: the reader's output is not kept.
# The reader's export waits on a FIFO (written directly) while the owner imports.
rm -f shared/t.db-wal shared/t.db-shm
mkfifo "$out/fifo" && chmod 666 "$out/fifo"
as_reader shared/tradestat --db shared/t.db export series -o "$out/fifo" 2> err & reader=$!
# Wait until the reader holds its read lock (it then waits for the FIFO's reader).
ino=$(stat -c %i shared/t.db)
for i in $(seq 200); do
	grep -q ":$ino 1073741826 " /proc/locks && break
	sleep 0.05
done
grep -q ":$ino 1073741826 " /proc/locks || fail "the reader took no read lock: $(cat /proc/locks)"
printf 'series,period,value\nRO.TEST,2024,2\n' > ro2.csv
chmod 644 ro2.csv
as_owner shared/tradestat --db shared/t.db import --vintage 2024-02-01 ro2.csv 2>/dev/null
cat "$out/fifo" > /dev/null
set +e; wait $reader; rc=$?; set -e
[ "$rc" = 4 ] || fail "a read during a write: exit $rc ($(cat err))"
grep -q "the database changed while it was read" err || fail "message: $(cat err)"
# With the owner's -wal and -shm there, the reader reads through them.
as_reader shared/tradestat --db shared/t.db export series -o "$out/after.csv" 2> err ||
	fail "export as a reader with the owner's -wal: $(cat err)"
grep -q '^RO.TEST,2024,2,' "$out/after.csv" || fail "the reader does not see the owner's import"
rm -rf "$out"
