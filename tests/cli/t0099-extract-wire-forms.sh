# extract (issue 13, recall2): figures as wires and papers write them, through
# the command line on a written story: a currency in words, a dealer's two-way
# quote, hedges, a list of prices sharing its rate, a
# sign glued in letters; and what stays no figure. Kyats of 1987 are BUK (the
# code of the day, units_dated_currency).
. "$TOP/tests/cli/lib.sh"
cat > story.txt <<'S'
date: 1987-04-02
RANGOON RESERVES FALL

RANGOON, April 2 - Burma's reserves fell to 407.9 mln kyats from as much as
512.3 mln. Deposits were quoted at 6-1/4, 1/8 pct after banks raised their
rates by a quarter-point. Maize sold at 1,603 francs per tonne, barley at
1,596 francs. Exporters shipped 36,552 and 38,608 tonnes respectively.
    Kuala Lumpur traders said palm oil exports were RM3.4 billion.
    The index rose 12.5 points and the rate per 100 yen was 1,129.78.
S
"$TRADESTAT" extract story.txt > claims.csv || fail "extract failed"
python3 - > got <<'P'
import csv
for r in csv.DictReader(open("claims.csv", newline="", encoding="utf-8")):
    if r["kind"] != "date":
        print("|".join((r["text"].replace("\n", " "), r["value"], r["unit"], r["per"], r["approx"])))
P
cat > want <<'W'
407.9 mln kyats|407900000|BUK||
512.3 mln|512300000|BUK||up to
6-1/4, 1/8 pct|6.1875|%||
1,603 francs|1603|FRF|t|
1,596 francs|1596|FRF|t|
36,552|36552|t||
38,608 tonnes|38608|t||
RM3.4 billion|3400000000|MYR||
W
diff want got || fail "figures differ"
