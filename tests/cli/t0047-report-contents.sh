# report: a chart for every series, revisions charts and CSVs, the claims
# table, the key, the vintages covered, base names only (no absolute path),
# --bom, --delimiter and --decimal-comma, and messages naming the final folder.
. "$TOP/tests/cli/lib.sh"
"$TOP/data/demo.sh" demo > /dev/null 2>&1 || fail "demo"
db=demo/tradestat.db
rep() { "$TRADESTAT" --db "$db" report "$@"; }
rep -o r1 2> err || fail "report: $(cat err)"
# The final folder named, with plurals; no temporary path.
[ "$(cat err)" = "r1: 7 CSV files, 6 charts (2 of revisions), index.html" ] || fail "message: $(cat err)"
# Every series has a chart, with claims or without (IMPCH has none); revised ones more.
for s in CN.IMP.RU CN.IMP.RU.YTD EXCHUS IMPCH; do
	[ -s "r1/$s.svg" ] && grep -q "src=\"$s.svg\"" r1/index.html || fail "no chart of $s"
done
for s in EXCHUS IMPCH; do
	[ -s "r1/$s-revisions.svg" ] && [ -s "r1/$s-revisions.csv" ] || fail "no revisions of $s"
	grep -q "href=\"$s-revisions.csv\"" r1/index.html || fail "revisions CSV of $s not linked"
done
# IMPCH's revisions CSV: only IMPCH.
[ "$(cut -d, -f1 r1/IMPCH-revisions.csv | sort -u | grep -vc '^series$')" = 1 ] || fail "IMPCH-revisions.csv"
[ -s r1/revisions.csv ] || fail "no revisions.csv"
# No absolute path on the page: the database by its base name.
! grep -q "$PWD" r1/index.html || fail "an absolute path in index.html"
grep -q 'from <code>tradestat.db</code>' r1/index.html || fail "database not named"
# The claims table: the sentence, the official value then and now, the verdict.
grep -q '<h2 id="claims">Claims</h2>' r1/index.html || fail "no claims table"
grep -q 'reaching \$11.5 billion (+8% compared to July 2023)' r1/index.html || fail "no sentence"
grep -q '<td class="n">+25.0%</td><td class="n">+25.0%</td><td><span class="error">error</span>' r1/index.html \
	|| fail "the +8% claim's official change then and now and verdict"
grep -q '<td class="n">\$11.5 bn</td><td class="n">\$11.5 bn</td><td><span class="info">consistent' r1/index.html \
	|| fail "a level claim's official value"
grep -q '<td>Pluralia (2023-09-19)<br><small>004_7a0c0015e76c3599.txt' r1/index.html || fail "claims labelled by outlet and date"
# The key and the vintages covered.
grep -q '<h2 id="key">Key</h2>' r1/index.html && grep -q '<b>fx</b>: an amount in two currencies' r1/index.html \
	|| fail "no key to the rules"
grep -q 'a red ring marks a claim with a warning or an error' r1/index.html || fail "rings not explained"
grep -q '12 releases, 2017-03-03 to 2026-07-21' r1/index.html || fail "vintages covered"
grep -q '<td>impch_us_imports_from_china_snapshot_2017-03-03.csv</td>' r1/index.html || fail "vintage file by base name"

# --bom: every CSV starts with the UTF-8 BOM.
rep -o r2 --bom 2>/dev/null || fail "report --bom"
for f in r2/*.csv; do
	[ "$(head -c 3 "$f" | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "no BOM in $f"
done
# --delimiter ';' --decimal-comma: what Excel opens in much of Europe.
rep -o r3 --delimiter ';' --decimal-comma 2>/dev/null || fail "report --delimiter"
head -1 r3/series.csv | grep -q '^series;period;value;unit;vintage' || fail "header: $(head -1 r3/series.csv)"
grep -q '^EXCHUS;2018-10;6,9191;' r3/series.csv || fail "decimal comma: $(grep '^EXCHUS;2018-10' r3/series.csv)"
! grep -q '^EXCHUS;2018-10;6\.9191' r3/series.csv || fail "a decimal point left"
# A text cell holding the separator is quoted (the sentences hold ';'? the titles ',').
python3 - <<'P' || fail "r3/claims.csv does not parse with ';'"
import csv
rows = list(csv.reader(open("r3/claims.csv", encoding="utf-8"), delimiter=";"))
assert len(rows) == 27 and all(len(r) == len(rows[0]) for r in rows), len(rows)
P
rep -o r4 --delimiter tab 2>/dev/null || fail "report --delimiter tab"
head -1 r4/series.csv | grep -q "^series	period	value" || fail "tab header"
expect_exit 2 rep -o r5 --delimiter ',' --decimal-comma
expect_exit 2 rep -o r5 --delimiter '|'
[ ! -e r5 ] || fail "a refused report wrote a folder"

# One series: "1 chart", singular.
"$TRADESTAT" --db one.db init > /dev/null
printf 'series,period,value\nX,2023-01,1\nX,2023-02,2\n' > one.csv
"$TRADESTAT" --db one.db import --vintage 2024-01-01 one.csv 2>/dev/null
"$TRADESTAT" --db one.db report -o one 2> err || fail "one-series report"
[ "$(cat err)" = "one: 5 CSV files, 1 chart, index.html" ] || fail "singular: $(cat err)"
