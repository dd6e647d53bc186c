# Issue 11, item 13: U+FFFF in a title gave an SVG no XML parser reads, with
# exit 0. Characters XML forbids become U+FFFD (control characters spaces)
# before gnuplot sees them. And `--style` runs gnuplot code: documented.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
printf 'series,period,value,unit,title\nU,2023-01,1,USD,bad \357\277\277 and \357\277\276 and \302\205 end\nU,2023-02,2,USD,\n' > u.csv
ts import --vintage 2024-01-01 u.csv 2>/dev/null
ts plot U -o u.svg 2>/dev/null
python3 - <<'P' || fail "the SVG does not parse"
import xml.dom.minidom
d = xml.dom.minidom.parse("u.svg")
text = "".join(n.data for e in d.getElementsByTagName("text") for t in e.getElementsByTagName("tspan") or [e]
               for n in t.childNodes if n.nodeType == n.TEXT_NODE)
assert "bad \ufffd and \ufffd and   end" in text or "bad \ufffd and \ufffd and" in text, text[:200]
P
ts plot U --title "$(printf 'T \357\277\277')" -o t.svg 2>/dev/null
python3 -c "import xml.dom.minidom; xml.dom.minidom.parse('t.svg')" || fail "--title: the SVG does not parse"
grep -q -- '--style.*gnuplot' "$TOP/README.md" || fail "README does not say that --style runs gnuplot code"
