# Issue 11, item 2: every output of export is atomic (a temporary file beside
# the target, fsync'd and renamed), never written over the database or its
# -wal/-shm (recognised by device and inode), and a failed write leaves the
# previous good file. A FIFO is written directly.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
ts import --vintage-column reported_on "$DATA/series/cn_imports_from_ru_as_reported.csv" 2>/dev/null
db_sum=$(sha256sum t.db | cut -d' ' -f1)
# The database, by any name: as given, another spelling, a symbolic link, a
# hard link; and its -wal and -shm, whether they exist now or not.
ln -s t.db link.db
ln t.db hard.db
mkdir sub
for target in t.db ./t.db sub/../t.db link.db hard.db t.db-wal ./t.db-shm; do
	set +e; ts export series -o "$target" 2> err; rc=$?; set -e
	[ "$rc" = 4 ] || fail "export -o $target: exit $rc"
	grep -q "refusing to write '$target': it is the database" err || fail "message for $target: $(cat err)"
done
[ "$(sha256sum t.db | cut -d' ' -f1)" = "$db_sum" ] || fail "the database was changed"
[ "$(count 'SELECT count(*) FROM observation')" -gt 0 ] || fail "the database lost its rows"
expect_exit 4 ts plot CN.IMP.RU -o t.db-wal.svg --script t.db-shm
expect_exit 4 "$TRADESTAT" --db "$PWD/t.db" export series -o t.db

# A good file, then a failed write: the previous file stays, byte for byte,
# and no temporary file is left. A file size limit makes every write past it
# fail (EFBIG), as a full disk does; the signal ignored, as a full disk sends none.
ts export series -o good.csv
good_sum=$(sha256sum good.csv | cut -d' ' -f1)
chmod 640 good.csv
awk 'BEGIN { print "series,period,value"; for (i = 0; i < 5000; i++) printf "S%d,2023,%d\n", i, i }' > many.csv
ts import --vintage 2024-01-01 many.csv 2>/dev/null
set +e
(trap '' XFSZ; ulimit -f 64; "$TRADESTAT" --db t.db export series -o good.csv) 2> err
rc=$?
set -e
[ "$rc" = 4 ] || fail "export on a full disk: exit $rc"
grep -q "cannot write 'good.csv'" err || fail "full disk message: $(cat err)"
[ "$(sha256sum good.csv | cut -d' ' -f1)" = "$good_sum" ] || fail "the previous file was changed"
[ -z "$(ls | grep '\.tmp-')" ] || fail "a temporary file was left: $(ls)"
# The same on a real full file system, when one can be mounted (as root).
mkdir small
if mount -t tmpfs -o size=64k tmpfs small 2>/dev/null; then
	cp good.csv small/out.csv
	set +e; ts export series -o small/out.csv 2> err; rc=$?; set -e
	ls small > listing
	umount small
	[ "$rc" = 4 ] || fail "export to a full tmpfs: exit $rc"
	grep -q "No space left on device\|disk full" err || fail "tmpfs message: $(cat err)"
	[ "$(cat listing)" = out.csv ] || fail "tmpfs: left $(cat listing)"
else
	echo "skipped: full tmpfs (cannot mount)"
fi
# A successful export replaces the file whole and keeps its permissions.
ts export series -o good.csv
[ "$(sha256sum good.csv | cut -d' ' -f1)" != "$good_sum" ] || fail "export did not replace the file"
grep -q '^S4999,2023,4999,' good.csv || fail "the new file is incomplete"
[ "$(stat -c %a good.csv)" = 640 ] || fail "permissions not kept: $(stat -c %a good.csv)"
[ -z "$(ls | grep '\.tmp-')" ] || fail "a temporary file was left: $(ls)"
# A temporary file of a killed run (its PID gone) is removed by the next one.
sh -c 'exit 0' & dead=$!; wait $dead
: > "good.tmp-$dead-0.csv"
ts export series -o good.csv
[ ! -e "good.tmp-$dead-0.csv" ] || fail "a dead run's temporary file was not removed"

# A FIFO (and so a pipe or a device) is written directly: nothing is renamed over it.
mkfifo fifo
cat fifo > from-fifo.csv & reader=$!
ts export series -o fifo
wait $reader
[ -p fifo ] || fail "the FIFO was replaced"
cmp -s from-fifo.csv good.csv || fail "the FIFO did not carry the export"
ts export series -o /dev/null
[ -c /dev/null ] || fail "/dev/null was replaced"
# A directory is not a file.
expect_exit 4 ts export series -o sub
# A report folder named like the database's -wal would stop SQLite making it.
rm -f t.db-wal t.db-shm
expect_exit 4 ts report -o t.db-wal
[ ! -d t.db-wal ] || fail "report made a folder t.db-wal"
# A symbolic link to a file: the file is replaced, the link stays a link;
# -o /dev/stdout redirected to a file writes that file, /dev/stdout stays.
ln -s good.csv link.csv
ts export claims -o link.csv
[ -L link.csv ] || fail "the link was replaced by a file"
head -1 good.csv | grep -q '^doc,' || fail "the link's file was not written"
ts export claims -o /dev/stdout > via-stdout.csv
[ -L /dev/stdout ] || fail "/dev/stdout is no longer a link"
cmp -s via-stdout.csv good.csv || fail "-o /dev/stdout did not reach the redirected file"
