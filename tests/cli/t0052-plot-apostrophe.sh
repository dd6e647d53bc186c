# Issue 11, item 7: a label that starts with an apostrophe (a series title,
# --title, an article's file name, the output path) broke the gnuplot script,
# and with it the chart and the whole report. gnuplot reads a leading '' as
# an empty string; enhanced-text specials must print as typed.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
cat > q.csv <<'C'
series,period,value,unit,reporter,flow,title
Q,2023-07,1000000000,USD,CN,export,'Quoted' exports ^2 _x @y &z ~w {b}
Q,2023-08,2000000000,USD,CN,export,
Q,2023-09,2500000000,USD,CN,export,
C
ts import --vintage 2024-01-01 q.csv 2>/dev/null
# An article whose file name and headline start with a quote; its figure
# matches the series subject so it is drawn, labelled (no manifest names it)
# with its file name.
printf "'Quoted' trade story of the week\n\n"'BEIJING, Oct 10 (Reuters) - China'"'"'s exports were $2 billion in August, customs data showed.\n' > "'quoted'.txt"
ts ingest --date 2023-10-10 "'quoted'.txt" 2>/dev/null
ts plot Q -o "'q'.svg" 2> err || fail "plot of a title starting with a quote: $(cat err)"
python3 - <<'P' || fail "the title is not shown as written"
import xml.dom.minidom
d = xml.dom.minidom.parse("'q'.svg")
texts = " ".join(t.data for t in (n for e in d.getElementsByTagName("text") for n in e.childNodes) if t.nodeType == t.TEXT_NODE)
for want in ("'Quoted' exports ^2 _x @y &z ~w {b}",):
    assert want in "".join(texts), (want, texts[:300])
P
ts plot Q --title "'a'b''" -o q2.svg 2> err || fail "--title starting with a quote: $(cat err)"
grep -q "&#39;a&#39;b&#39;&#39;\\|'a'b''" q2.svg || fail "--title not shown as written"
ts plot Q --title "''" -o "''.png" 2> err || fail "a title of two quotes: $(cat err)"
[ "$(head -c 4 "''.png" | od -An -c | tr -d ' ')" = '211PNG' ] || fail "not a PNG"
# The script itself keeps every quote, in pieces gnuplot reads as one string.
ts plot Q --title "'x" -o "'y.svg" --script s.gp
grep -q "^set title \"'\".'x' noenhanced$" s.gp || fail "script title: $(grep 'set title' s.gp)"
grep -q "^set output \"'\".'y.svg'$" s.gp || fail "script output: $(grep 'set output' s.gp)"
# And the report, whose charts carry the series title and the article name.
ts report -o rep 2> err || fail "report with quoted labels: $(cat err)"
[ -s rep/Q.svg ] || fail "the report has no chart of Q"
grep -q "&#39;quoted&#39;.txt (2023-10-10)\\|'quoted'.txt (2023-10-10)" rep/Q.svg \
	|| fail "the article's file name is not in the key"
