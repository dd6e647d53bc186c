# Bad input of every kind: a message naming the file and place, exit 3 (bad
# input) or 4 (database or I/O), and nothing of the bad file stored.
# (t0001, t0002, t0009 and tests/unit/test_csvin.c hold the other cases.)
. "$TOP/tests/cli/lib.sh"
A="$DATA/articles"
ts init > /dev/null
snap() { count 'SELECT (SELECT count(*) FROM document), (SELECT count(*) FROM claim), (SELECT count(*) FROM vintage), (SELECT count(*) FROM observation)'; }
before=$(snap)
# expect_msg CODE PATTERN CMD...: exit CODE and a message matching PATTERN on stderr.
expect_msg() {
	code=$1 pat=$2; shift 2
	expect_exit "$code" "$@" 2> err
	grep -q -- "$pat" err || fail "'$*': no message like '$pat': $(head -3 err)"
}

# ---- articles (ingest and extract) ----
: > empty.txt
expect_msg 3 '^empty.txt:1: empty file' ts ingest empty.txt
printf 'Exports rose 3%% to\n$2 billion \000\001\002 in May.\n' > nul.txt
expect_msg 3 '^nul.txt:2:12: a NUL byte: not a text file' ts ingest nul.txt
head -c 3000 /bin/sh > binary.txt
expect_msg 3 '^binary.txt:1:' ts ingest binary.txt
printf 'Exports rose 3%% in May.\nC\364te d\47Ivoire sold $2 billion.\n' > latin1.txt
expect_msg 3 "^latin1.txt:2:2: not UTF-8 (byte 0xf4)" ts ingest latin1.txt
expect_msg 3 "^latin1.txt:2:2: not UTF-8" "$TRADESTAT" extract latin1.txt > /dev/null
# Over the article limit (32 MiB): refused by its size, before it is read;
# a sparse file costs no disk. And a 100 MB line, generated here.
truncate -s $((32 * 1024 * 1024 + 1)) huge.txt
expect_msg 3 "'huge.txt' is larger than the limit of 33554432 bytes" ts ingest huge.txt
head -c 100000000 /dev/zero | tr '\0' 'x' > line100m.txt
expect_msg 3 "'line100m.txt' is larger than the limit" ts ingest line100m.txt
expect_msg 3 "'line100m.txt' is larger than the limit" "$TRADESTAT" extract line100m.txt > /dev/null
expect_msg 3 "cannot open 'nope.txt'" ts ingest nope.txt
mkdir adir
expect_msg 3 "'adir' is a directory" ts ingest adir
expect_msg 3 "'adir' is a directory" "$TRADESTAT" extract adir > /dev/null
[ "$(snap)" = "$before" ] || fail "a bad article stored something: $(snap)"
# CRLF and lone CR line ends: the same figures at the same places (CRLF
# adds one byte per line before them).
printf 'Exports rose 3%% to $11.5 billion in August.\nImports fell 2%% in July.\n' > lf.txt
printf 'Exports rose 3%% to $11.5 billion in August.\r\nImports fell 2%% in July.\r\n' > crlf.txt
printf 'Exports rose 3%% to $11.5 billion in August.\rImports fell 2%% in July.\r' > cr.txt
for f in lf crlf cr; do
	"$TRADESTAT" extract --date 2023-09-19 $f.txt | cut -d, -f2-6 > $f.out
done
diff lf.out cr.out || fail "lone CR changes the claims"
[ "$(sed -n 4p crlf.out)" = "58,60,2%,percent,2" ] || fail "CRLF offsets: $(cat crlf.out)"
ts ingest --date 2023-09-19 crlf.txt cr.txt 2> /dev/null || fail "CRLF or CR article not ingested"

# ---- releases (import) ----
before=$(snap)
printf 'series,period,value\nA,2023-01,1\nA,2023-02,"2\nA,2023-03,3\n' > openquote.csv
expect_msg 3 '^openquote.csv:3: malformed CSV: a quote opened in this record is not closed' ts import openquote.csv
printf 'series,period,value\nA,2023-01,1\nA,2023-02\nA,2023-03,3,4\n' > ragged.csv
expect_msg 3 '^ragged.csv:4: expected 3 fields as in the header, found 4' ts import ragged.csv
grep -q '^ragged.csv:3: expected 3 fields as in the header, found 2' err || fail "line 3: $(cat err)"
# Issue 15: ';' is sniffed, and with it the decimal comma (Excel's locales);
# with ',' a decimal comma is refused with the option that reads it.
printf 'series;period;value\nA;2023-01;1,5\n' > comma.csv
"$TRADESTAT" --db comma.db init > /dev/null
"$TRADESTAT" --db comma.db import --vintage 2024-01-01 comma.csv 2> /dev/null
[ "$(sqlite3 comma.db 'SELECT value FROM observation')" = 1.5 ] || fail "';' file not read"
printf 'period,B\n2023-01,"1,5"\n' > deccomma.csv
expect_msg 3 "^deccomma.csv:2:2: '1,5' has a decimal comma in column 'B': give --decimal-comma" ts import deccomma.csv
printf 'series,period,value\nA,2023-01,1e309\nA,2023-02,NaN\nA,2023-13,1\n' > numbers.csv
expect_msg 3 "^numbers.csv:2:3: '1e309' is out of range in column 'value'" ts import numbers.csv
grep -q "^numbers.csv:3:3: 'NaN' is not a finite number in column 'value'" err || fail "NaN: $(cat err)"
grep -q "^numbers.csv:4:2: unknown period '2023-13'" err || fail "2023-13: $(cat err)"
: > empty.csv
expect_msg 3 '^empty.csv:1: empty file: no header row' ts import empty.csv
expect_msg 3 '^binary.txt:1: field 1 has a NUL byte\|^binary.txt:1: field 1 is not UTF-8' ts import binary.txt
printf 'series,period,value,title\nA,2023-01,1,C\364te\n' > latin1.csv
expect_msg 3 "^latin1.csv:2: field 4 is not UTF-8 (byte 0xf4" ts import latin1.csv
printf 'series,period,value\nA\000B,2023-01,1\n' > nul.csv
expect_msg 3 "^nul.csv:2: field 1 has a NUL byte" ts import nul.csv
{ printf 'series,period,value\nA,2023-01,'; cat line100m.txt; echo; } > line100m.csv
expect_msg 3 "^line100m.csv:2: line longer than 4194304 bytes" ts import line100m.csv
rm -f line100m.txt line100m.csv
expect_msg 3 "'adir' is a directory" ts import adir
[ "$(snap)" = "$before" ] || fail "a bad release stored something: $(snap)"
# Good files in odd shapes: a BOM, CRLF, lone CR, and standard input (read
# twice, so spooled to a temporary file).
printf '\357\273\277series,period,value\r\nBOM,2023-01,1\r\n' > bom.csv
printf 'period,CR\r2023-01-01,1\r2023-02-01,2\r' > cr.csv
ts import --vintage 2024-01-01 bom.csv cr.csv 2> /dev/null || fail "BOM or CR file refused"
printf 'series,period,value\nSTDIN,2023-01,1\nSTDIN,2023-02,2\n' | ts import --vintage 2024-01-01 - 2> /dev/null \
	|| fail "import from stdin"
[ "$(count "SELECT count(*) FROM observation o JOIN series s ON s.id = o.series WHERE s.code IN ('BOM', 'CR', 'STDIN')")" = 5 ] \
	|| fail "odd-shaped files: $(count 'SELECT code FROM series')"

# ---- the database ----
echo "not a database at all, just text" > junk.db
expect_msg 4 "junk.db" "$TRADESTAT" --db junk.db import cr.csv
expect_msg 4 "junk.db" "$TRADESTAT" --db junk.db export series
[ "$(cat junk.db)" = "not a database at all, just text" ] || fail "junk.db was changed"
sqlite3 newer.db 'PRAGMA user_version = 99'
expect_msg 4 "newer.db: schema version 99 is newer" "$TRADESTAT" --db newer.db import cr.csv
expect_msg 4 "newer.db: schema version 99 is newer" "$TRADESTAT" --db newer.db export series
expect_msg 4 "database 'adir' is a directory" "$TRADESTAT" --db adir init
# A full disk: a file size limit makes every write past it fail (EFBIG; the
# signal ignored, as a full disk sets no signal); the import rolls back.
cp t.db full.db
before=$(sqlite3 full.db 'SELECT count(*) FROM observation')
awk 'BEGIN { print "series,period,value"; for (i = 0; i < 20000; i++) printf "S%d,2023,%d\n", i, i }' > many.csv
set +e
(trap '' XFSZ; ulimit -f 200; "$TRADESTAT" --db full.db import --vintage 2024-01-01 many.csv) 2> err
rc=$?
set -e
[ "$rc" = 4 ] || fail "full disk: exit $rc: $(cat err)"
grep -q '^tradestat: full.db: ' err || fail "full disk message: $(cat err)"
[ "$(sqlite3 full.db 'PRAGMA integrity_check')" = ok ] || fail "full disk: integrity"
[ "$(sqlite3 full.db 'SELECT count(*) FROM observation')" = "$before" ] || fail "full disk: partial import"
# Writing output to a full device is an I/O error (one message), not a
# silent truncation; a closed pipe is not an error (issue 11: t0056).
expect_exit 4 ts export series -o /dev/full
# A read-only database: as root, on a read-only mount (root ignores file
# modes); otherwise by its mode.
mkdir ro
if [ "$(id -u)" = 0 ]; then
	if mount -t tmpfs -o size=4m tmpfs ro 2> /dev/null; then
		cp t.db ro/t.db && mount -o remount,ro ro
		set +e; "$TRADESTAT" --db ro/t.db import bom.csv 2> err; rc=$?; set -e
		umount ro
		[ "$rc" = 4 ] || fail "read-only database: exit $rc"
		grep -q "cannot write the database 'ro/t.db': Read-only file system" err ||
			fail "read-only message: $(cat err)"
	else
		echo "skipped: read-only database (no mount as root)"
	fi
else
	cp t.db ro/t.db && chmod 444 ro/t.db && chmod 555 ro
	expect_msg 4 "cannot write the database 'ro/t.db'" "$TRADESTAT" --db ro/t.db import bom.csv
	chmod 755 ro
fi
