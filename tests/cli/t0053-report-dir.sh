# Issue 11, item 8: `report -o DIR/` with a trailing slash works; a failed run
# never deletes a folder that was there before (empty or not) unless it was
# the bundle it replaces; a killed report leaves no temporary folder behind
# once the next run has started.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
ts import --vintage-column reported_on "$DATA/series/cn_imports_from_ru_as_reported.csv" 2>/dev/null
ts ingest --dates "$DATA/articles/dates.csv" "$DATA"/articles/*.txt 2>/dev/null
ts report -o out/ 2> err || fail "report -o out/: $(cat err)"
[ -f out/index.html ] && [ -f out/.tradestat-report ] || fail "no bundle in out/: $(ls -A out)"
ts report -o out// 2> err || fail "report over a bundle, two slashes: $(cat err)"
[ "$(ls -d out* | tr '\n' ' ')" = "out " ] || fail "left beside the bundle: $(ls -d out*)"
# An empty folder is filled, with or without the slash...
mkdir empty1
ts report -o empty1/ 2>/dev/null || fail "report into an empty folder"
[ -f empty1/index.html ] || fail "empty1 was not filled"
# ...and a failed run (a style gnuplot refuses) leaves it there, still empty.
mkdir empty2
printf 'this is not gnuplot\n' > bad.gp
for dir in empty2 empty2/; do
	set +e; ts report -o "$dir" --style bad.gp 2> err; rc=$?; set -e
	[ "$rc" = 4 ] || fail "report with a bad style: exit $rc"
	[ -d empty2 ] || fail "a failed run into '$dir' deleted the empty folder"
	[ -z "$(ls -A empty2)" ] || fail "a failed run left files in empty2: $(ls -A empty2)"
done
# A failed run over an earlier bundle leaves that bundle as it was.
before=$(ls -A out | sort | sha256sum)
set +e; ts report -o out/ --style bad.gp 2>/dev/null; rc=$?; set -e
[ "$rc" = 4 ] || fail "failed run over a bundle: exit $rc"
[ "$(ls -A out | sort | sha256sum)" = "$before" ] || fail "the earlier bundle was changed"
# A folder that is not a bundle is refused and left alone, with or without the slash.
mkdir keep && echo mine > keep/notes.txt
for dir in keep keep/; do
	set +e; ts report -o "$dir" 2> err; rc=$?; set -e
	[ "$rc" = 2 ] || fail "report into '$dir' (not a bundle): exit $rc"
	[ "$(cat keep/notes.txt)" = mine ] && [ "$(ls -A keep)" = notes.txt ] || fail "keep was changed"
done
expect_exit 2 ts report -o /
expect_exit 2 ts report -o .
[ -z "$(ls -A | grep '\.tmp-')" ] || fail "a temporary folder was left: $(ls -A)"
# Killed while gnuplot draws (a style that pauses; gnuplot ends by itself): its temporary folder is
# there, named after the bundle; the next run removes it.
printf 'pause 2\n' > slow.gp
"$TRADESTAT" --db t.db report -o out --style slow.gp 2>/dev/null & pid=$!
for i in $(seq 100); do
	[ -n "$(ls -d out.tmp-$pid-* 2>/dev/null)" ] && break
	sleep 0.1
done
stale=$(ls -d out.tmp-$pid-* 2>/dev/null) || fail "no temporary folder while the report ran"
# Killed with its gnuplot, as a terminal's Ctrl-C or a batch system's kill takes the whole
# job: an orphaned gnuplot still writing into the folder while the next run removes it made
# this test fail now and then on a loaded machine.
kids=$(grep -ls "^PPid:[[:space:]]*$pid\$" /proc/[0-9]*/status 2>/dev/null | sed 's,^/proc/\([0-9]*\)/status$,\1,') || true
kill -9 $pid $kids 2>/dev/null || true
wait $pid 2>/dev/null || true
[ -d "$stale" ] || fail "the temporary folder went away by itself"
ts report -o out 2>/dev/null
[ ! -e "$stale" ] || fail "the next run did not remove '$stale'"
[ -f out/index.html ] || fail "the next run made no bundle"
