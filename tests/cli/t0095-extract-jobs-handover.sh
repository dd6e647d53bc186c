# extract --jobs: the worker that finds the next files done writes them
# (cmd/jobs.c, invariant 8; ingest's consumer is woken per batch, invariant
# 6): the output stays byte-identical to --jobs 1 however files finish (a
# large file holding up the window, files without claims, a missing file,
# more jobs than files), and no thread sleeps once per file.
. "$TOP/tests/cli/lib.sh"
R="$TOP/bench/corpus/reuters"
A="$DATA/articles"
# A 1.5 MB article (stories concatenated): parsed while the other worker runs
# through the window and waits for the writer.
cat "$R"/*.txt "$R"/*.txt "$R"/*.txt "$R"/*.txt > big.txt
printf 'Nothing to count here.\n' > none.txt
set -- $(ls "$R"/*.txt | head -60)
small="$*"
# 37 files: big first, in the middle and last, claim-less ones between.
set -- big.txt $(echo "$small" | tr ' ' '\n' | head -17) none.txt big.txt none.txt \
	$(echo "$small" | tr ' ' '\n' | sed -n '18,32p') big.txt
[ "$#" -eq 37 ] || fail "setup: $# files"
"$TRADESTAT" extract "$@" > one.csv
[ "$(wc -l < one.csv)" -gt 10000 ] || fail "setup: $(wc -l < one.csv) rows"
for j in 2 3 5 64; do
	"$TRADESTAT" extract --jobs $j "$@" > j$j.csv
	cmp -s one.csv j$j.csv || fail "--jobs $j differs from --jobs 1"
done
# A large file first, then more small ones than the window holds (128 per
# thread): the other worker runs ahead to the window's end and waits.
"$TRADESTAT" extract big.txt "$R"/*.txt > wide1.csv
"$TRADESTAT" extract --jobs 2 big.txt "$R"/*.txt | cmp -s - wide1.csv || fail "--jobs 2 past the window differs"
"$TRADESTAT" extract --format jsonl "$@" > one.jsonl
"$TRADESTAT" extract --format jsonl --jobs 2 "$@" | cmp -s - one.jsonl || fail "--jobs 2 jsonl differs"
# Two files, eight jobs; one file, two jobs.
"$TRADESTAT" extract none.txt "$A/000_adc059eea9562a75.txt" > two.csv
"$TRADESTAT" extract --jobs 8 none.txt "$A/000_adc059eea9562a75.txt" | cmp -s - two.csv \
	|| fail "--jobs 8 on two files differs"
"$TRADESTAT" extract big.txt > bigone.csv
"$TRADESTAT" extract --jobs 2 big.txt | cmp -s - bigone.csv || fail "--jobs 2 on one file differs"
# A missing file in the middle of a batch: reported, every other file written.
expect_exit 3 "$TRADESTAT" extract --jobs 2 "$@" nope.txt $small > bad.csv 2> bad.err
"$TRADESTAT" extract "$@" $small > good.csv
cmp -s good.csv bad.csv && grep -q "nope.txt" bad.err || fail "--jobs 2 with a missing file"
# ingest on threads stores what one thread stores.
"$TRADESTAT" --db one.db init > /dev/null
"$TRADESTAT" --db one.db ingest "$@" 2> /dev/null
"$TRADESTAT" --db j3.db init > /dev/null
"$TRADESTAT" --db j3.db ingest --jobs 3 "$@" 2> /dev/null
"$TRADESTAT" --db one.db export claims -o one_claims.csv
"$TRADESTAT" --db j3.db export claims -o j3_claims.csv
[ "$(wc -l < one_claims.csv)" -gt 1000 ] && cmp -s one_claims.csv j3_claims.csv \
	|| fail "ingest --jobs 3 stored other claims"
# No thread sleeps per file: voluntary context switches of the whole process
# (all threads) on 300 small stories. With the writing thread woken per file
# it made 350-490 (it woke, then slept on the mutex its waker held); woken
# per batch about 40; with the workers writing about 12.
# Preemption under load counts as involuntary and does not enter.
python3 - "$TRADESTAT" "$R" <<'PY' > csw.txt
import glob, os, resource, subprocess, sys
files = sorted(glob.glob(sys.argv[2] + "/*.txt"))
before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_nvcsw
with open(os.devnull, "w") as null:
    subprocess.run([sys.argv[1], "extract", "--jobs", "2"] + files, stdout=null, check=True)
print(len(files), resource.getrusage(resource.RUSAGE_CHILDREN).ru_nvcsw - before)
PY
read -r nfiles nvcsw < csw.txt
[ "$nfiles" -ge 300 ] && [ "$nvcsw" -lt $((nfiles / 3)) ] \
	|| fail "--jobs 2: $nvcsw voluntary context switches for $nfiles files (woken per file?)"
