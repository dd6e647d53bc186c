# extract: the figures of the seed articles, as a pure filter (no database).
. "$TOP/tests/cli/lib.sh"
A="$DATA/articles"
"$TRADESTAT" --db none.db extract --dates "$A/dates.csv" "$A"/*.txt > claims.csv
[ ! -e none.db ] || fail "extract touched a database"
head -1 claims.csv | grep -q '^file,start,end,text,kind,value,unit,per,approx,direction,measure,period,flow,reporter,partner,commodity,doc_date' \
	|| fail "header: $(head -1 claims.csv)"
# Every money/quantity/percent figure of article 004, with value, unit and per
# (read with a real CSV parser: "200,000 ..." is quoted, and so is the
# neutralised "'+8%", which a spreadsheet would otherwise read as a formula).
python3 - > got <<'P'
import csv
for r in csv.DictReader(open("claims.csv", newline="", encoding="utf-8")):
    if "004_" in r["file"] and r["kind"] != "date":
        print("|".join((r["text"], r["kind"], r["value"], r["unit"], r["per"])))
P
cat > want <<'W'
3%|percent|3|%|
$11.5 billion|money|11500000000|USD|
'+8%|percent|8|%|
5 billion yuan|money|5000000000|CNY|
$685 million|money|685000000|USD|
5.8 million tons per year|quantity|5800000|t|year
1 million tons|quantity|1000000|t|
0.65 million tons|quantity|650000|t|
200,000 cubic meters per year|quantity|200000|m3|year
W
diff want got || fail "article 004 figures differ"
# The offsets point at the text as written.
line=$(grep '004_.*5.8 million tons' claims.csv)
start=$(echo "$line" | cut -d, -f2); end=$(echo "$line" | cut -d, -f3)
[ "$(dd if="$A/004_7a0c0015e76c3599.txt" bs=1 skip="$start" count=$((end - start)) 2>/dev/null)" = "5.8 million tons per year" ] \
	|| fail "offsets $start..$end do not hold the mention"
# The same money figure in all five articles, for August 2023.
[ "$(grep -c ',\$11.5 billion,money,11500000000,USD,,,,level,2023-08,import,CN,RU,' claims.csv)" = 5 ] \
	|| fail "\$11.5 billion not found five times as an Aug 2023 level"
# Not claims: the year, the ordinal, the idiom.
! grep -q ',78th,\|,360,\|,2022,\|,2014,' claims.csv || fail "a non-claim was extracted"
# JSON Lines: per article a document record (path, SHA-256, bytes, date and
# the body itself), then one claim record per claim, as many as CSV rows.
"$TRADESTAT" extract --format jsonl --dates "$A/dates.csv" "$A"/*.txt > claims.jsonl
python3 - "$A/dates.csv" > jsonl.check <<'PY' || fail "jsonl: $(cat jsonl.check)"
import csv, hashlib, json, sys
dates = {r["file"]: r["published"] for r in csv.DictReader(open(sys.argv[1]))}
recs = [json.loads(l) for l in open("claims.jsonl")]
docs = [r for r in recs if r["type"] == "document"]
claims = [r for r in recs if r["type"] == "claim"]
assert len(docs) == 5 and len(docs) + len(claims) == len(recs), "record types"
cur = None
for r in recs:
    if r["type"] == "document":
        body = open(r["path"], "rb").read()
        assert r["body"].encode() == body, "body of " + r["path"]
        assert r["bytes"] == len(body) and r["sha256"] == hashlib.sha256(body).hexdigest()
        assert r["date"] == dates[r["path"].split("/")[-1]], "date of " + r["path"]
        cur = r
    else:
        assert r["file"] == cur["path"], "a claim after another file's document"
        assert r["text"].encode() == cur["body"].encode()[r["start"]:r["end"]], r["text"]
print(len(claims))
PY
[ "$(cat jsonl.check)" = "$(($(wc -l < claims.csv) - 1))" ] || fail "jsonl claims: $(cat jsonl.check)"
# No spreadsheet neutralisation in JSONL: "+5%" stays "+5%" (CSV writes '+5%).
printf 'Exports were +5%% higher in August 2023 than a year earlier.\n' > plus.txt
"$TRADESTAT" extract --date 2023-09-19 plus.txt | grep -q ",\"'+5%\"," || fail "csv neutralisation"
"$TRADESTAT" extract --format jsonl --date 2023-09-19 plus.txt | grep -q '"text":"+5%"' \
	|| fail "jsonl text neutralised"
# --jobs: the same bytes, in input order, whatever the number of threads.
"$TRADESTAT" extract --jobs 3 --dates "$A/dates.csv" "$A"/*.txt | cmp -s - claims.csv || fail "--jobs 3 differs"
"$TRADESTAT" extract -j 2 --format jsonl --dates "$A/dates.csv" "$A"/*.txt | cmp -s - claims.jsonl \
	|| fail "--jobs 2 jsonl differs"
"$TRADESTAT" extract "$A"/*.txt "$TOP"/bench/corpus/reuters/*.txt > one.csv
"$TRADESTAT" extract --jobs 4 "$A"/*.txt "$TOP"/bench/corpus/reuters/*.txt > four.csv
[ "$(wc -l < one.csv)" -gt 2000 ] && cmp -s one.csv four.csv || fail "--jobs 4 differs on the Reuters corpus"
# A bad file among them is reported, the others written, exit 3, same output.
expect_exit 3 "$TRADESTAT" extract --jobs 2 "$A"/*.txt nope.txt "$TOP"/bench/corpus/reuters/*.txt > bad.csv 2> bad.err
cmp -s one.csv bad.csv && grep -q "nope.txt" bad.err || fail "--jobs 2 with a missing file"
expect_exit 2 "$TRADESTAT" extract --jobs -1 "$A/000_adc059eea9562a75.txt"
expect_exit 2 "$TRADESTAT" extract --jobs x "$A/000_adc059eea9562a75.txt"
# stdin, and a file that is not there.
"$TRADESTAT" extract - < "$A/000_adc059eea9562a75.txt" | grep -q '^-,.*,\$11.5 billion,' || fail "stdin"
expect_exit 3 "$TRADESTAT" extract nope.txt
