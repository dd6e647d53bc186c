# Issue 11, item 13: a Latin-1 file name was written into CSV as invalid
# UTF-8 (now U+FFFD in its place); numbers were written with an exponent
# (1.79769313486232e+308; now digits).
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
printf 'BEIJING, May 10 (Reuters) - China'"'"'s exports were $2.1 billion in April.\n' > "$(printf 'caf\351.txt')"
printf 'BEIJING, May 11 (Reuters) - China'"'"'s exports were $2.9 billion in April.\n' > b.txt
ts ingest --date 2024-05-10 "$(printf 'caf\351.txt')" b.txt 2>/dev/null
ts validate > /dev/null 2>&1 || true
ts export claims -o claims.csv
python3 -c "open('claims.csv', encoding='utf-8', errors='strict').read()" || fail "claims.csv is not UTF-8"
grep -q "^caf$(printf '\357\277\275').txt," claims.csv || fail "the name is not caf\\uFFFD.txt: $(cut -d, -f1 claims.csv)"
"$TRADESTAT" extract "$(printf 'caf\351.txt')" > x.csv
python3 -c "open('x.csv', encoding='utf-8', errors='strict').read()" || fail "extract output is not UTF-8"
printf 'series,period,value\nHUGE,2023,1.7976931348623157e308\nHUGE,2024,-1e300\nTINY,2023,1e-30\n' > huge.csv
ts import --vintage 2024-01-01 huge.csv 2>/dev/null
ts export series > s.csv
ts export series --layout wide > w.csv
! grep -qi '[0-9]e[-+]\?[0-9]' s.csv w.csv || fail "an exponent in CSV: $(grep -i 'e[-+]' s.csv w.csv)"
python3 - <<'P' || fail "numbers do not read back"
import csv, sys
rows = {(r["series"], r["period"]): r["value"] for r in csv.DictReader(open("s.csv"))}
assert float(rows[("HUGE", "2023")]) == 1.7976931348623157e308, rows[("HUGE", "2023")][:20]
assert float(rows[("HUGE", "2024")]) == -1e300
assert rows[("TINY", "2023")] == "0." + "0" * 29 + "1", rows[("TINY", "2023")]
P
# The report's index page says UTF-8, and is (the finding names the file).
ts export findings | grep -q "caf$(printf '\357\277\275').txt" || fail "no finding names the file"
ts report -o rep 2>/dev/null
python3 -c "open('rep/index.html', encoding='utf-8', errors='strict').read()" || fail "index.html is not UTF-8"
