# validate: official mirror pairs in the series (issue 16, point 4). A
# series of A's exports to B and one of B's imports from A are compared
# period by period, their latest values: info within the +/-10% band the
# message states, warning beyond, never an error; the finding rests on the
# two observations (no claim) and text, CSV, export and report name both
# series, sources and vintages. Dropping either release takes its findings.
. "$TOP/tests/cli/lib.sh"
ts init >/dev/null 2>&1
# Illustrative values (not statistics): Israel's exports to the U.S. as
# Israel would state them, U.S. imports from Israel as Census would, the
# latter revised once.
printf 'period,IL.EXP.US\n1986-01,170\n1986-02,190\n1986-03,210\n1986-04,200\n' > ilx.csv
printf 'period,US.IMP.IL\n1986-01,180\n1986-02,250\n1986-03,220\n1986-05,205\n' > usm1.csv
printf 'period,US.IMP.IL\n1986-03,215\n' > usm2.csv
ts import --vintage 1986-06-15 --source "CBS Israel" --scale million --unit USD --reporter IL \
	--partner US --flow export ilx.csv 2>/dev/null
ts import --vintage 1986-06-10 --source "Census FT900" --scale million --unit USD --reporter US \
	--partner IL --flow import usm1.csv 2>/dev/null
ts import --vintage 1986-07-10 --source "Census FT900" --scale million --unit USD --reporter US \
	--partner IL --flow import usm2.csv 2>/dev/null
# A series on another basis is no pair: U.S. imports from Israel, adjusted.
printf 'period,US.IMP.IL.SA\n1986-01,100\n' > sa.csv
ts import --vintage 1986-06-10 --source "Census FT900" --scale million --unit USD --reporter US \
	--partner IL --flow import sa.csv 2>/dev/null
sqlite3 t.db "UPDATE series SET adjustment = 'sa' WHERE code = 'US.IMP.IL.SA';
	      UPDATE series SET adjustment = 'nsa' WHERE code IN ('IL.EXP.US', 'US.IMP.IL')"
ts validate --format csv > out.csv 2>err || fail "validate: $(cat err)"
grep -q "0 errors, 1 warning, 2 info" err || fail "summary: $(cat err)"
sev() { python3 - out.csv "$1" <<'PY'
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1], newline='')) if r['period'] == sys.argv[2]]
print(' '.join(r['rule'] + ':' + r['severity'] for r in rows) or 'none')
PY
}
# 170 against 180 (0.94), 190 against 250 (0.76), 210 against the revised 215.
[ "$(sev 1986-01)" = "mirror:info" ] || fail "1986-01: $(sev 1986-01)"
[ "$(sev 1986-02)" = "mirror:warning" ] || fail "1986-02: $(sev 1986-02)"
[ "$(sev 1986-03)" = "mirror:info" ] || fail "1986-03: $(sev 1986-03)"
# Periods held by one side only give nothing.
[ "$(sev 1986-04)" = none ] && [ "$(sev 1986-05)" = none ] || fail "a one-sided period compared"
python3 - out.csv <<'PY' || fail "CSV columns of a series pair"
import csv, sys
r = [r for r in csv.DictReader(open(sys.argv[1], newline='')) if r['period'] == '1986-03'][0]
assert r['doc'] == '' and r['text'] == '', r
assert r['series'] == 'IL.EXP.US' and r['other_series'] == 'US.IMP.IL', r
assert r['vintage'] == '1986-06-15' and r['vintage_source'] == 'CBS Israel', r
assert r['other_vintage'] == '1986-07-10' and r['other_vintage_source'] == 'Census FT900', r
assert float(r['actual']) == 210e6 and float(r['expected']) == 215e6, r
m = r['message']
for want in ("IL.EXP.US 1986-03 = $210 mn (IL's exports to US; CBS Israel, vintage of 1986-06-15)",
             "US.IMP.IL 1986-03 = $215 mn (US's imports from IL; Census FT900, vintage of 1986-07-10)",
             "ratio 0.977, within the usual mirror gap of +/-10%"):
    assert want in m, (want, m)
PY
# Stored on the two observations, no claim.
[ "$(count "SELECT count(*) FROM finding WHERE claim IS NULL AND observation IS NOT NULL
	AND other_observation IS NOT NULL AND other_series = 'US.IMP.IL'")" = 3 ] || fail "stored findings"
ts validate > out.txt 2>/dev/null
grep -q "^warning mirror      series IL.EXP.US 1986-02 (vintage of 1986-06-15)" out.txt \
	&& grep -q "vs series US.IMP.IL 1986-02 (vintage of 1986-06-10)" out.txt || fail "text: $(cat out.txt)"
ts export findings > exp.csv
cmp out.csv exp.csv || fail "validate --format csv and export findings differ"
ts report -o rep > /dev/null 2>&1 || fail "report"
grep -q '<td>IL.EXP.US</td><td>US.IMP.IL</td>' rep/index.html || fail "report index lacks the pair"
# --rule agreement leaves the mirror findings; --rule mirror recomputes them.
ts validate --rule agreement -q 2>/dev/null
[ "$(count "SELECT count(*) FROM finding WHERE rule = 'mirror'")" = 3 ] || fail "--rule agreement dropped them"
ts validate --rule mirror -q 2>/dev/null
[ "$(count "SELECT count(*) FROM finding WHERE rule = 'mirror'")" = 3 ] || fail "--rule mirror"
# Dropping the release of July (the revision of March) takes the March
# finding; validate compares March with the June value (220: 0.955) again.
v=$(count "SELECT id FROM vintage WHERE released = '1986-07-10'")
ts vintage drop "$v" > /dev/null 2>&1 || fail "vintage drop"
[ "$(count "SELECT count(*) FROM finding WHERE period = '1986-03'")" = 0 ] || fail "stale finding kept"
[ -z "$(count 'PRAGMA foreign_key_check')" ] || fail "broken references"
ts validate -q 2>/dev/null
[ "$(count "SELECT round(expected / 1e6) FROM finding WHERE period = '1986-03'")" = 220.0 ] \
	|| fail "March after the drop: $(count "SELECT expected FROM finding WHERE period = '1986-03'")"
