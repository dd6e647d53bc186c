# Issue 11, items 2 and 6: a chart is checked complete before it replaces the
# previous one (SVG closed, PNG IEND, PDF %%EOF): gnuplot exits 0 after a
# failed write, and plot used to replace a good chart with a truncated one.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
ts import --vintage-column reported_on "$DATA/series/cn_imports_from_ru_as_reported.csv" 2>/dev/null
ts ingest --dates "$DATA/articles/dates.csv" "$DATA"/articles/*.txt 2>/dev/null
# SQLite's first connection rewrites the -shm, which the size limit below
# would refuse: an sqlite3 process holds the database open meanwhile.
mkfifo ctl out
sqlite3 t.db < ctl > out & holder=$!
exec 3> ctl 4< out
echo 'SELECT count(*) FROM series;' >&3
read -r n <&4
for ext in svg png pdf; do
	ts plot CN.IMP.RU -o "good.$ext" 2>/dev/null
	sum=$(sha256sum "good.$ext" | cut -d' ' -f1)
	# Writes past 8 KiB fail, as on a full disk (no signal, as a full disk sends none).
	set +e
	(trap '' XFSZ; ulimit -f 8; "$TRADESTAT" --db t.db plot CN.IMP.RU -o "good.$ext") 2> err
	rc=$?
	set -e
	[ "$rc" = 4 ] || fail "$ext on a full disk: exit $rc ($(cat err))"
	grep -q "could not write 'good.$ext' completely" err || fail "$ext message: $(cat err)"
	[ "$(sha256sum "good.$ext" | cut -d' ' -f1)" = "$sum" ] || fail "the previous $ext was replaced"
done
exec 3>&- 4<&-
wait $holder
[ -z "$(ls | grep '\.tmp-')" ] || fail "a temporary file was left: $(ls)"
# And with room, the chart is complete.
ts plot CN.IMP.RU --revisions -o good.svg 2>/dev/null
tail -c 20 good.svg | grep -q '</svg>' || fail "the SVG is not closed"
python3 -c "import xml.dom.minidom,sys; xml.dom.minidom.parse('good.svg')" || fail "the SVG does not parse"
# On a real full file system, when one can be mounted (as root).
mkdir small
if mount -t tmpfs -o size=12k tmpfs small 2>/dev/null; then
	echo "previous chart" > small/c.svg
	set +e; ts plot CN.IMP.RU -o small/c.svg 2> err; rc=$?; set -e
	content=$(cat small/c.svg); listing=$(ls small)
	umount small
	[ "$rc" = 4 ] || fail "plot to a full tmpfs: exit $rc ($(cat err))"
	[ "$content" = "previous chart" ] || fail "full tmpfs: the previous chart was replaced"
	[ "$listing" = c.svg ] || fail "full tmpfs: left $listing"
else
	echo "skipped: full tmpfs (cannot mount)"
fi
# A chart to a FIFO is written directly (gnuplot writes into it).
mkfifo chart.svg
cat chart.svg > from-fifo.svg & reader=$!
ts plot CN.IMP.RU -o chart.svg 2>/dev/null
wait $reader
[ -p chart.svg ] || fail "the FIFO was replaced"
grep -q '</svg>' from-fifo.svg || fail "the FIFO did not carry the chart"
