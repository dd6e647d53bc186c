# Vintages over the real files: three IMPCH snapshots imported in date order;
# 2016-12 as of each vintage is what each file holds; --revisions lists exactly
# the months whose value changed between snapshots (computed here from the files).
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
S="$DATA/series"
for v in 2017-03-03 2019-05-10 2026-02-28; do
	ts import --vintage "$v" "$S/impch_us_imports_from_china_snapshot_$v.csv" 2>> log
done
# What each file says of 2016-12, read by an independent CSV reader.
python3 - "$S" > want <<'P'
import csv, sys
for v in ("2017-03-03", "2019-05-10", "2026-02-28"):
    rows = list(csv.reader(open(f"{sys.argv[1]}/impch_us_imports_from_china_snapshot_{v}.csv")))
    print(v, float(next(r[1] for r in rows[1:] if r[0] == "2016-12-01")))
P
for v in 2017-03-03 2019-05-10 2026-02-28; do
	ts export series --series IMPCH --as-of "$v" > "asof-$v.csv"
	printf '%s %s\n' "$v" "$(python3 -c 'import csv,sys; print(float(next(r["value"] for r in csv.DictReader(open(sys.argv[1])) if r["period"] == "2016-12")))' "asof-$v.csv")"
done > got
diff want got || fail "2016-12 as of each vintage differs from the files"
# The day before the first snapshot nothing was known.
ts export series --series IMPCH --as-of 2017-03-02 > before.csv
[ "$(wc -l < before.csv)" = 1 ] || fail "values known before the first release"
# Months that changed between consecutive snapshots, beyond the rounding of the
# coarser print (24109.2 and 24109.185573 are the same figure).
python3 - "$S" > changed <<'P'
import csv, sys
def load(v):
    out = {}
    for r in list(csv.reader(open(f"{sys.argv[1]}/impch_us_imports_from_china_snapshot_{v}.csv")))[1:]:
        dec = len(r[1].split(".")[1]) if "." in r[1] else 0
        out[r[0][:7]] = (float(r[1]), 0.5 * 10 ** -dec)
    return out
snaps = [load(v) for v in ("2017-03-03", "2019-05-10", "2026-02-28")]
changed = set()
for a, b in zip(snaps, snaps[1:]):
    for p in a.keys() & b.keys():
        if abs(a[p][0] - b[p][0]) > max(a[p][1], b[p][1]) + 1e-9:
            changed.add(p)
print("\n".join(sorted(changed)))
P
ts export series --revisions --series IMPCH > rev.csv
python3 -c 'import csv,sys; print("\n".join(sorted({r["period"] for r in csv.DictReader(open("rev.csv"))})))' > listed
diff changed listed || fail "--revisions does not list exactly the changed months"
[ "$(wc -l < changed)" -ge 60 ] || fail "suspiciously few revised months: $(wc -l < changed)"
# The revision history of one month: three values in release order.
ts export series --revisions --series IMPCH --period 2016-12 > one.csv
[ "$(tail -n +2 one.csv | cut -d, -f5 | tr '\n' ' ')" = "new revised revised " ] \
	|| fail "2016-12 history: $(cat one.csv)"
# Re-importing a snapshot changes nothing and says so.
n=$(count 'SELECT count(*) FROM observation')
ts import --vintage 2019-05-10 "$S/impch_us_imports_from_china_snapshot_2019-05-10.csv" 2> err
grep -q 'already imported' err || fail "re-import not reported"
[ "$(count 'SELECT count(*) FROM observation')" = "$n" ] || fail "re-import stored rows"
# EXCHUS through a column map, three vintages: October 2018 revised twice.
for f in "2018-10-10 Value exchus_china_snapshot_2018-10-10.csv" \
	 "2018-10-17 Exchange_rate exchus_china_snapshot_2018-10-17.csv" \
	 "2026-07-21 Exchange_rate exchus_cny_per_usd_monthly.csv"; do
	set -- $f
	ts import --vintage "$1" --series EXCHUS --period-column Date \
		--value-column "$(echo "$2" | tr _ ' ')" --unit CNY/USD "$S/$3" 2>> log
done
ts export series --revisions --series EXCHUS > fx.csv
[ "$(tail -n +2 fx.csv | cut -d, -f2 | sort -u)" = 2018-10 ] || fail "EXCHUS revisions: $(cat fx.csv)"
[ "$(tail -n +2 fx.csv | cut -d, -f6 | tr '\n' ' ')" = "6.868 6.8878 6.9191 " ] || fail "EXCHUS 2018-10 history: $(cat fx.csv)"
